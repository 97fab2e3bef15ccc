// Decides which failed polls are worth trying again later, rather than ending a long wait.
import { isGitLabHttpError, isNetworkError, isTimeoutError } from '../errors/is-error.js';
import { TRANSIENT_STATUSES } from '../retry-policy.js';

/** True for an error that a later poll may not meet: throttling, a 5xx, a network failure, a timeout. */
export function isTransientError(error: unknown): boolean {
  if (isNetworkError(error) || isTimeoutError(error)) return true;
  return isGitLabHttpError(error) && TRANSIENT_STATUSES.includes(error.status);
}
