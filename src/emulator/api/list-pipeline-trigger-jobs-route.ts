// GET /projects/:id/pipelines/:pipeline_id/trigger_jobs — GitLab 19.2's name for the bridges list.
// https://docs.gitlab.com/api/jobs/#list-pipeline-trigger-jobs
import type { ApiRoute } from './api-route.js';
import { listPipelineBridgesRoute } from './list-pipeline-bridges-route.js';

/**
 * The trigger jobs list: the same answer as `…/bridges`, which GitLab 19.2 deprecates in its
 * favour (lib/api/ci/pipelines.rb: both routes call `present_pipeline_trigger_jobs`).
 */
export const listPipelineTriggerJobsRoute: ApiRoute = {
  ...listPipelineBridgesRoute,
  path: '/projects/:id/pipelines/:pipeline_id/trigger_jobs',
};
