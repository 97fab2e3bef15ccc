// POST /projects/:id/pipelines/:pipeline_id/cancel — cancels a pipeline's jobs; 200 with the pipeline.
// https://docs.gitlab.com/ee/api/pipelines.html#cancel-a-pipelines-jobs
import { forbidden } from '../http/api-error.js';
import { presentPipelineDetail } from '../present/present-pipeline-detail.js';
import { canUpdatePipeline } from '../state/access.js';
import { cancelPipeline } from '../state/cancel-pipeline.js';
import type { ApiRoute } from './api-route.js';
import { PIPELINE_ID_PARAM } from './find-project-pipeline.js';
import { findReadablePipeline } from './find-readable-pipeline.js';
import { loadProject } from './load-project.js';

/**
 * `authorize! :cancel_pipeline` (developers, unless the ref is protected against them: 403), then
 * Ci::CancelPipelineService; 200 with the pipeline whatever it did (a finished pipeline comes back
 * as it was: GitLab's own TODO about issue 519143).
 */
export const cancelPipelineRoute: ApiRoute = {
  method: 'POST',
  path: '/projects/:id/pipelines/:pipeline_id/cancel',
  jobTokens: 'never',
  params: [PIPELINE_ID_PARAM],
  handle(context) {
    const project = loadProject(context, 'visible');
    const pipeline = findReadablePipeline(context, project);
    if (!canUpdatePipeline(project, context.identity.user, pipeline)) throw forbidden();
    cancelPipeline(context.state, pipeline, context.now);
    return context.c.json(presentPipelineDetail(context.present, pipeline, undefined, false), 200);
  },
};
