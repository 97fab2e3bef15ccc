// GET /projects/:id/jobs/:job_id: one job, once the policy allowed `read` on it, relayed as GitLab sent it.
import type { Context } from 'hono';
import type { RelayRoute } from '../http/relay-route.js';
import type { RelayAppEnv } from '../relay-app-env.js';
import { jobRead } from '../upstream/job-reads.js';
import { relayedResponse } from '../upstream/relayed-response.js';

/** The job, GitLab's body untouched; read only once when the policy already read it for its name. */
export async function jobRoute(
  c: Context<RelayAppEnv>,
  route: Extract<RelayRoute, { kind: 'get-job' }>,
): Promise<Response> {
  const answer =
    c.get('authorizedJob') ?? (await c.get('upstream').read(jobRead(route.project, route.jobId)));
  return relayedResponse(answer, 'application/json');
}
