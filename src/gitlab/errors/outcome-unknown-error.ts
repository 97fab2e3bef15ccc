// The error for a POST that may or may not have taken effect, and was not resent.

import { errorMessage } from './error-message.js';
import { JobRelayError } from './jobrelay-error.js';

/** A POST may have reached GitLab, its answer was lost, and reading the job back did not settle it. */
export class OutcomeUnknownError extends JobRelayError {
  readonly code = 'OUTCOME_UNKNOWN';
  readonly method: string;
  readonly path: string;
  /** The operation, e.g. `playJob`. */
  readonly operation: string;
  readonly jobId: number;

  constructor(operation: string, method: string, path: string, jobId: number, cause: unknown) {
    const reason = errorMessage(cause);
    super(
      `${operation} on job ${jobId} may or may not have reached GitLab (${reason}); it was not sent again, to avoid acting twice. Look at job ${jobId} before trying again.`,
      { cause },
    );
    this.method = method;
    this.path = path;
    this.operation = operation;
    this.jobId = jobId;
  }
}
