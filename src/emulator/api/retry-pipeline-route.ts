// POST /projects/:id/pipelines/:pipeline_id/retry — retries a pipeline's failed and canceled jobs.
// https://docs.gitlab.com/ee/api/pipelines.html#retry-jobs-in-a-pipeline
import { forbidden } from '../http/api-error.js';
import { presentPipelineDetail } from '../present/present-pipeline-detail.js';
import { canUpdatePipeline } from '../state/access.js';
import { retryPipeline } from '../state/retry-pipeline.js';
import type { ApiRoute } from './api-route.js';
import { PIPELINE_ID_PARAM } from './find-project-pipeline.js';
import { findReadablePipeline } from './find-readable-pipeline.js';
import { loadProject } from './load-project.js';

/** `authorize! :update_pipeline` (403), then `pipeline.retry_failed`; 201 with the pipeline. */
export const retryPipelineRoute: ApiRoute = {
  method: 'POST',
  path: '/projects/:id/pipelines/:pipeline_id/retry',
  jobTokens: 'never',
  params: [PIPELINE_ID_PARAM],
  handle(context) {
    const { identity, now, state } = context;
    const project = loadProject(context, 'visible');
    const pipeline = findReadablePipeline(context, project);
    if (!canUpdatePipeline(project, identity.user, pipeline)) throw forbidden();
    retryPipeline(state, pipeline, now, identity.user?.id ?? null);
    return context.c.json(presentPipelineDetail(context.present, pipeline, undefined, false), 201);
  },
};
