// POST /projects/:id/jobs/:job_id/retry — https://docs.gitlab.com/ee/api/jobs.html#retry-a-job
import type { GitLabClient } from '../client.js';
import { parseParams } from '../params/parse-params.js';
import { type JobOrBridge, JobOrBridgeSchema } from '../schemas/job-or-bridge.js';
import { findJobRetry } from './find-job-retry.js';
import { getJob } from './get-job.js';
import { type JobParams, JobParamsSchema } from './job-params.js';
import { jobPath } from './job-path.js';
import { postJobAction } from './settle-uncertain-post.js';

/**
 * Retries a job: GitLab answers 201 with a NEW job (new id, `pending`). Sent once: after an
 * uncertain outcome it looks in the job's pipeline for a newer job of the same name, so a
 * lost answer never starts a second retry.
 */
export async function retryJob(client: GitLabClient, params: JobParams): Promise<JobOrBridge> {
  const p = parseParams(JobParamsSchema, params, 'retryJob');
  return postJobAction(
    client,
    {
      operation: 'retryJob',
      route: 'POST /projects/:id/jobs/:job_id/retry',
      path: jobPath(p.project, p.jobId, 'retry'),
      signal: p.signal,
      deadline: p.deadline,
    },
    JobOrBridgeSchema,
    p,
    async (target) => {
      const old = await getJob(client, target);
      return findJobRetry(client, { ...target, job: old });
    },
  );
}
