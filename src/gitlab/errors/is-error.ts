// Type guards for each error kind that work across bundles (they check the brand and `code`, not `instanceof`).
import type { GitLabHttpError } from './gitlab-http-error.js';
import type { InvalidInputError } from './invalid-input-error.js';
import { isJobRelayError } from './jobrelay-error.js';
import type { NetworkError } from './network-error.js';
import type { OutcomeUnknownError } from './outcome-unknown-error.js';
import type { ResponseValidationError } from './response-validation-error.js';
import type { TimeoutError } from './timeout-error.js';

function hasCode<T>(code: string) {
  return (error: unknown): error is T => isJobRelayError(error) && error.code === code;
}

/** True for a GitLab answer with an error status (from any copy of jobrelay). */
export const isGitLabHttpError = hasCode<GitLabHttpError>('GITLAB_HTTP_ERROR');
/** True for a request that failed below HTTP. */
export const isNetworkError = hasCode<NetworkError>('NETWORK_ERROR');
/** True for a request that ran out of time. */
export const isTimeoutError = hasCode<TimeoutError>('TIMEOUT');
/** True for a response that broke its schema. */
export const isResponseValidationError = hasCode<ResponseValidationError>(
  'RESPONSE_VALIDATION_ERROR',
);
/** True for a bad parameter, rejected before sending. */
export const isInvalidInputError = hasCode<InvalidInputError>('INVALID_INPUT');
/** True for a POST whose outcome could not be established. */
export const isOutcomeUnknownError = hasCode<OutcomeUnknownError>('OUTCOME_UNKNOWN');
