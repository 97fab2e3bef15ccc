// GET /projects/:id/pipelines/:pipeline_id — one pipeline of a project, with its details.
// https://docs.gitlab.com/ee/api/pipelines.html#get-a-single-pipeline
import { presentPipelineDetail } from '../present/present-pipeline-detail.js';
import type { ApiRoute } from './api-route.js';
import { PIPELINE_ID_PARAM } from './find-project-pipeline.js';
import { findReadablePipeline } from './find-readable-pipeline.js';
import { loadProject } from './load-project.js';

/** The single pipeline endpoint: PipelineWithMetadata (the Pipeline entity and its `name`). */
export const getPipelineRoute: ApiRoute = {
  method: 'GET',
  path: '/projects/:id/pipelines/:pipeline_id',
  authenticate: 'non-get',
  jobTokens: 'never',
  params: [PIPELINE_ID_PARAM],
  handle(context) {
    const project = loadProject(context, 'visible');
    const pipeline = findReadablePipeline(context, project);
    // `present pipeline, with: …` passes no current_user (detailed_status.has_details reads it).
    return context.c.json(presentPipelineDetail(context.present, pipeline, undefined, true));
  },
};
