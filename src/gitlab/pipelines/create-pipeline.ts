// POST /projects/:id/pipeline — https://docs.gitlab.com/ee/api/pipelines.html#create-a-new-pipeline
import * as v from 'valibot';
import type { GitLabClient } from '../client.js';
import {
  CallOptionsEntries,
  ProjectRefParamSchema,
  VariablesParamSchema,
} from '../params/param-schemas.js';
import { parseParams } from '../params/parse-params.js';
import type { PipelineDetail } from '../schemas/pipeline-detail.js';
import { pipelineEndpointPath } from './pipeline-endpoint-path.js';
import { InputsParamSchema, RefParamSchema } from './pipeline-params.js';
import { postNewPipelineOnce } from './settle-uncertain-pipeline.js';

/** Parameters of `createPipeline`. */
export const CreatePipelineParamsSchema = v.strictObject({
  project: ProjectRefParamSchema,
  /** The branch or tag to run the pipeline on. */
  ref: RefParamSchema,
  /** CI/CD variables: `{ KEY: 'value' }` or `[{ key, value }]`, sent as `env_var` variables. */
  variables: v.optional(VariablesParamSchema),
  /** CI/CD inputs: `{ name: value }`. */
  inputs: v.optional(InputsParamSchema),
  ...CallOptionsEntries,
});

/** Parameters of `createPipeline`. */
export type CreatePipelineParams = v.InferInput<typeof CreatePipelineParamsSchema>;

/**
 * Creates a pipeline on a branch or tag (201, with the pipeline; its `source` is `api`), sending
 * `{ ref, variables: [{ key, value, variable_type: 'env_var' }], inputs }` as JSON
 * (lib/api/ci/pipelines.rb, `create_pipeline_params` in lib/api/ci/helpers/pipelines_helpers.rb).
 * Never a duplicate: the POST is sent once, and after a lost answer the new pipeline is looked
 * for instead (see `postNewPipelineOnce`), or an OutcomeUnknownError says it was not resent.
 */
export async function createPipeline(
  client: GitLabClient,
  params: CreatePipelineParams,
): Promise<PipelineDetail> {
  const p = parseParams(CreatePipelineParamsSchema, params, 'createPipeline');
  const variables = p.variables?.map(({ key, value }) => ({
    key,
    value,
    variable_type: 'env_var',
  }));
  return postNewPipelineOnce(client, {
    operation: 'createPipeline',
    route: 'POST /projects/:id/pipeline',
    path: pipelineEndpointPath(p.project, 'pipeline'),
    body: {
      ref: p.ref,
      ...(variables ? { variables } : {}),
      ...(p.inputs ? { inputs: p.inputs } : {}),
    },
    // Redacted from this call's errors only: a shared client (the relay's) must not collect them.
    secrets: p.variables?.map((variable) => variable.value) ?? [],
    sender: client,
    project: p.project,
    ref: p.ref,
    sources: ['api'],
    signal: p.signal,
    deadline: p.deadline,
  });
}
