// Turns a failure of the call to GitLab into the relay's answer: GitLab's own answer, or a 502/504 saying where it failed.
import {
  isGitLabHttpError,
  isInvalidInputError,
  isNetworkError,
  isOutcomeUnknownError,
  isResponseValidationError,
  isTimeoutError,
} from '../../src/gitlab/errors/is-error.js';
import { gitlabErrorResponse } from './gitlab-error-response.js';

/** The response for an error thrown while relaying; undefined for what is not a jobrelay error (a bug, not GitLab). */
export function upstreamErrorResponse(error: unknown): Response | undefined {
  if (isGitLabHttpError(error)) {
    // The relay follows no redirect: the answer at the new address was never checked by the policy.
    if (error.status >= 300 && error.status < 400) {
      return gitlabErrorResponse(
        502,
        `GitLab answered ${error.status} (a redirect), which the relay does not follow (jobrelay)`,
      );
    }
    // GitLab refusing the relay's own token is the relay's fault, not the caller's.
    if (error.status === 401)
      return gitlabErrorResponse(502, "GitLab refused the relay's service token (jobrelay)");
    const headers: Record<string, string> = {
      'content-type': error.contentType ?? 'application/json',
    };
    if (error.retryAfterMs !== undefined)
      headers['retry-after'] = String(Math.ceil(error.retryAfterMs / 1000));
    if (error.status >= 500)
      return gitlabErrorResponse(
        502,
        `GitLab answered ${error.status}: ${error.gitlabMessage} (jobrelay)`,
      );
    return new Response(error.body || JSON.stringify({ message: error.gitlabMessage }), {
      status: error.status,
      headers,
    });
  }
  if (isOutcomeUnknownError(error)) {
    return gitlabErrorResponse(504, `${error.message} (jobrelay)`);
  }
  if (isTimeoutError(error))
    return gitlabErrorResponse(504, 'GitLab did not answer in time (jobrelay)');
  if (isNetworkError(error))
    return gitlabErrorResponse(502, 'GitLab could not be reached (jobrelay)');
  if (isResponseValidationError(error)) {
    return gitlabErrorResponse(
      502,
      `GitLab's answer did not match its schema: ${error.message} (jobrelay)`,
    );
  }
  if (isInvalidInputError(error))
    return new Response(JSON.stringify({ error: error.message }), {
      status: 400,
      headers: { 'content-type': 'application/json' },
    });
  return undefined;
}
