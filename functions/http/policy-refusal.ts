// The answer to a request the policy refuses: a 403 with the reason, or GitLab's 404 for a job the caller may not see.

import type { RelayDecision } from '../policy/decide.js';
import { gitlabErrorResponse } from './gitlab-error-response.js';

/**
 * A 403 naming the reason; for a job hidden by a `jobs` restriction, GitLab's own answer for a job
 * that does not exist (`404 {"message":"404 Not found"}`), so neither its name nor its existence
 * shows. The decision log line keeps the detail.
 */
export function policyRefusal(decision: RelayDecision): Response {
  if (decision.hidden) {
    return new Response(JSON.stringify({ message: '404 Not found' }), {
      status: 404,
      headers: { 'content-type': 'application/json' },
    });
  }
  return gitlabErrorResponse(403, `jobrelay policy: ${decision.reason}`);
}
