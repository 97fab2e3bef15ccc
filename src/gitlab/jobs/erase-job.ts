// POST /projects/:id/jobs/:job_id/erase — https://docs.gitlab.com/ee/api/jobs.html#erase-a-job
import type { GitLabClient } from '../client.js';
import { parseParams } from '../params/parse-params.js';
import { type Job, JobSchema } from '../schemas/job.js';
import { getJob } from './get-job.js';
import { type JobParams, JobParamsSchema } from './job-params.js';
import { jobPath } from './job-path.js';
import { postJobAction } from './settle-uncertain-post.js';

/**
 * Erases a finished job's log and artifacts (201; 403 "Job is not erasable!" otherwise).
 * Sent once: after an uncertain outcome the job is read back and `erased_at` tells.
 */
export async function eraseJob(client: GitLabClient, params: JobParams): Promise<Job> {
  const p = parseParams(JobParamsSchema, params, 'eraseJob');
  return postJobAction(
    client,
    {
      operation: 'eraseJob',
      route: 'POST /projects/:id/jobs/:job_id/erase',
      path: jobPath(p.project, p.jobId, 'erase'),
      signal: p.signal,
      deadline: p.deadline,
    },
    JobSchema,
    p,
    async (target) => {
      const job = await getJob(client, target);
      return job.erased_at ? job : undefined;
    },
  );
}
