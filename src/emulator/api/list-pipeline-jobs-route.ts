// GET /projects/:id/pipelines/:pipeline_id/jobs — a pipeline's jobs, newest first, with totals.
// https://docs.gitlab.com/ee/api/jobs.html#list-pipeline-jobs
import { presentJob } from '../present/present-job.js';
import type { ApiRoute } from './api-route.js';
import { listPipelineKind, PIPELINE_JOBS_PARAMS } from './list-pipeline-kind.js';

/** The pipeline jobs list endpoint; retried jobs only with `include_retried=true`. */
export const listPipelineJobsRoute: ApiRoute = {
  method: 'GET',
  path: '/projects/:id/pipelines/:pipeline_id/jobs',
  // lib/api/ci/pipelines.rb: `before { authenticate_non_get! }`.
  authenticate: 'non-get',
  jobTokens: 'lists',
  params: PIPELINE_JOBS_PARAMS,
  handle(context) {
    const jobs = listPipelineKind(context, 'build');
    return context.c.json(jobs.map((job) => presentJob(context.present, job)));
  },
};
