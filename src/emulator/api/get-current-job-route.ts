// GET /job — the job a job token belongs to.
// https://docs.gitlab.com/ee/api/jobs.html#get-job-tokens-job
import { notFound } from '../http/api-error.js';
import { presentJob } from '../present/present-job.js';
import type { ApiRoute } from './api-route.js';

/** The "job token's job" endpoint: 404 `{"message":"404 Job Not Found"}` to any other credential. */
export const getCurrentJobRoute: ApiRoute = {
  method: 'GET',
  path: '/job',
  jobTokens: 'always',
  params: [],
  handle(context) {
    const { identity } = context;
    // GitLab's validate_current_authenticated_job: a valid personal or OAuth token is not a job.
    if (identity.kind !== 'job') throw notFound('Job');
    return context.c.json(presentJob(context.present, identity.job));
  },
};
