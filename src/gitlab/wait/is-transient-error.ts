// Decides which failed polls are worth trying again later, rather than ending a long wait.
import { isGitLabHttpError, isNetworkError, isTimeoutError } from '../errors/is-error.js';

// GitLab throttling (429) or a gateway/GitLab hiccup: the next poll may well succeed.
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** True for an error that a later poll may not meet: throttling, a 5xx, a network failure, a timeout. */
export function isTransientError(error: unknown): boolean {
  if (isNetworkError(error) || isTimeoutError(error)) return true;
  return isGitLabHttpError(error) && TRANSIENT_STATUSES.has(error.status);
}
