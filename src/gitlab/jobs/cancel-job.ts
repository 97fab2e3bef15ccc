// POST /projects/:id/jobs/:job_id/cancel — https://docs.gitlab.com/ee/api/jobs.html#cancel-a-job
import type { GitLabClient } from '../client.js';
import { parseParams } from '../params/parse-params.js';
import { type Job, JobSchema } from '../schemas/job.js';
import { isFinishedStatus } from '../schemas/job-status.js';
import { getJob } from './get-job.js';
import { type JobParams, JobParamsSchema } from './job-params.js';
import { jobPath } from './job-path.js';
import { postJobAction } from './settle-uncertain-post.js';

/**
 * Cancels a job (201, with the job; on a finished job GitLab answers 201 and changes nothing).
 * Sent once: after an uncertain outcome the job is read back, never cancelled again blindly.
 */
export async function cancelJob(client: GitLabClient, params: JobParams): Promise<Job> {
  const p = parseParams(JobParamsSchema, params, 'cancelJob');
  return postJobAction(
    client,
    {
      operation: 'cancelJob',
      route: 'POST /projects/:id/jobs/:job_id/cancel',
      path: jobPath(p.project, p.jobId, 'cancel'),
      signal: p.signal,
      deadline: p.deadline,
    },
    JobSchema,
    p,
    async (target) => {
      const job = await getJob(client, target);
      const settled = job.status === 'canceling' || isFinishedStatus(job.status);
      return settled ? job : undefined;
    },
  );
}
