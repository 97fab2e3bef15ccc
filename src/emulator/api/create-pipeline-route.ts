// POST /projects/:id/pipeline — creates a pipeline for a ref from the project's CI templates.
// https://docs.gitlab.com/ee/api/pipelines.html#create-a-new-pipeline
import { apiError, forbidden, invalidParams } from '../http/api-error.js';
import { isHash } from '../http/parse-nested-params.js';
import { presentPipelineDetail } from '../present/present-pipeline-detail.js';
import { canUpdateJobs } from '../state/access.js';
import { runNewPipeline } from '../state/run-new-pipeline.js';
import type { ApiRoute } from './api-route.js';
import { loadProject } from './load-project.js';
import { readPipelineVariables } from './read-pipeline-variables.js';

/**
 * The create endpoint (lib/api/ci/pipelines.rb): `authorize! :create_pipeline` (403), then
 * Ci::CreatePipelineService with source `api`; a refusal is render_validation_error!, 400
 * `{"message":{"base":["Reference not found"]}}` and the like. `inputs` (a hash) is accepted and
 * has no effect: templates have no `spec:inputs`. 201 with the Pipeline entity.
 */
export const createPipelineRoute: ApiRoute = {
  method: 'POST',
  path: '/projects/:id/pipeline',
  jobTokens: 'never',
  params: [],
  handle(context) {
    const { params, state, identity, now } = context;
    const ref = params.ref;
    const problems: string[] = [];
    if (ref === undefined || ref === null) problems.push('ref is missing');
    else if (typeof ref !== 'string') problems.push('ref is invalid');
    if (params.inputs !== undefined && !isHash(params.inputs)) problems.push('inputs is invalid');
    if (problems.length > 0) throw invalidParams(problems.join(', '));
    const variables = readPipelineVariables(params);
    const project = loadProject(context, 'visible');
    if (!canUpdateJobs(project, identity.user)) throw forbidden();
    const outcome = runNewPipeline(
      state,
      {
        project,
        user: identity.user,
        ref: String(ref),
        source: 'api',
        variables,
        upstreamJob: null,
      },
      now,
    );
    if (outcome.kind === 'refused') throw apiError(400, { message: outcome.errors });
    // `present new_pipeline, with: Entities::Ci::Pipeline` passes no current_user.
    return context.c.json(
      presentPipelineDetail(context.present, outcome.pipeline, undefined, false),
      201,
    );
  },
};
