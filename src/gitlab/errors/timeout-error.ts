// The error for a request that took longer than its timeout.
import { JobRelayError } from './jobrelay-error.js';

/** A request, or a whole call with its retries, ran past its time limit. */
export class TimeoutError extends JobRelayError {
  readonly code = 'TIMEOUT';
  readonly method: string;
  readonly path: string;
  readonly timeoutMs: number;

  constructor(method: string, path: string, timeoutMs: number) {
    super(`${method} ${path} timed out after ${timeoutMs} ms`);
    this.method = method;
    this.path = path;
    this.timeoutMs = timeoutMs;
  }
}
