// The error for a request that failed below HTTP: refused, reset, unreachable.

import { errorMessage } from './error-message.js';
import { JobRelayError } from './jobrelay-error.js';

/** The request failed before any HTTP answer arrived. */
export class NetworkError extends JobRelayError {
  readonly code = 'NETWORK_ERROR';
  readonly method: string;
  readonly path: string;
  /** True only when the request provably never reached GitLab (connection refused, DNS failure). */
  readonly notSent: boolean;

  constructor(method: string, path: string, notSent: boolean, cause: unknown) {
    const reason = errorMessage(cause);
    super(
      `Network error on ${method} ${path}: ${reason}${notSent ? ' (the request was not sent)' : ''}`,
      { cause },
    );
    this.method = method;
    this.path = path;
    this.notSent = notSent;
  }
}
