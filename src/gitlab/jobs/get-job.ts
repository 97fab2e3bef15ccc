// GET /projects/:id/jobs/:job_id — https://docs.gitlab.com/ee/api/jobs.html#get-a-single-job
import type { GitLabClient } from '../client.js';
import { parseParams } from '../params/parse-params.js';
import { type Job, JobSchema } from '../schemas/job.js';
import { type JobParams, JobParamsSchema } from './job-params.js';
import { jobPath } from './job-path.js';
import { requestEntity } from './request-entity.js';

/** Gets one job of a project. */
export async function getJob(client: GitLabClient, params: JobParams): Promise<Job> {
  const p = parseParams(JobParamsSchema, params, 'getJob');
  return requestEntity(
    client,
    {
      operation: 'getJob',
      route: 'GET /projects/:id/jobs/:job_id',
      method: 'GET',
      path: jobPath(p.project, p.jobId),
      signal: p.signal,
      deadline: p.deadline,
    },
    JobSchema,
  );
}
