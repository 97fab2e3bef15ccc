// GET /projects/:id/jobs/:job_id: one job, once the policy allowed `read` on it.
import type { Context } from 'hono';
import { getJob } from '../../src/gitlab/jobs/get-job.js';
import { type RelayRoute, targetProjectRef } from '../http/relay-route.js';
import type { RelayAppEnv } from '../relay-app-env.js';

/** The job, as GitLab gave it; read only once when the policy already read it for its name. */
export async function jobRoute(
  c: Context<RelayAppEnv>,
  route: Extract<RelayRoute, { kind: 'get-job' }>,
): Promise<Response> {
  const job =
    c.var.authorizedJob ??
    (await getJob(c.var.client, { project: targetProjectRef(route.project), jobId: route.jobId }));
  return Response.json(job);
}
