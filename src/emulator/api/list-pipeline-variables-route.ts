// GET /projects/:id/pipelines/:pipeline_id/variables — the variables a pipeline was created with.
// https://docs.gitlab.com/ee/api/pipelines.html#get-variables-of-a-pipeline
import { forbidden } from '../http/api-error.js';
import { presentPipelineVariable } from '../present/present-pipeline-variable.js';
import { canReadPipelineVariables } from '../state/access.js';
import { pipelineVariables } from '../state/pipeline-variables.js';
import type { ApiRoute } from './api-route.js';
import { findProjectPipeline, PIPELINE_ID_PARAM, readPipelineId } from './find-project-pipeline.js';
import { loadProject } from './load-project.js';

/** `authorize! :read_pipeline_variable, pipeline`: maintainers, or the developer who ran it (403). */
export const listPipelineVariablesRoute: ApiRoute = {
  method: 'GET',
  path: '/projects/:id/pipelines/:pipeline_id/variables',
  authenticate: 'non-get',
  jobTokens: 'never',
  params: [PIPELINE_ID_PARAM],
  handle(context) {
    const project = loadProject(context, 'visible');
    const pipeline = findProjectPipeline(context, project, readPipelineId(context));
    if (!canReadPipelineVariables(project, context.identity.user, pipeline)) throw forbidden();
    return context.c.json(pipelineVariables(context.state, pipeline).map(presentPipelineVariable));
  },
};
