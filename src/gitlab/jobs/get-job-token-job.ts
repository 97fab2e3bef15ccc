// GET /job — https://docs.gitlab.com/ee/api/jobs.html#get-job-tokens-job
import type { GitLabClient } from '../client.js';
import { parseParams } from '../params/parse-params.js';
import { type Job, JobSchema } from '../schemas/job.js';
import { type CallOptions, CallOptionsSchema } from './job-params.js';
import { requestEntity } from './request-entity.js';

/** Gets the job a CI job token belongs to (the client's token must be a job token). */
export async function getJobTokenJob(
  client: GitLabClient,
  options: CallOptions = {},
): Promise<Job> {
  const p = parseParams(CallOptionsSchema, options, 'getJobTokenJob');
  return requestEntity(
    client,
    { operation: 'getJobTokenJob', route: 'GET /job', method: 'GET', path: 'job', ...p },
    JobSchema,
  );
}
