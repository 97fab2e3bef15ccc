// POST /projects/:id/trigger/pipeline — https://docs.gitlab.com/ee/api/pipeline_triggers.html#trigger-a-pipeline-with-a-token
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
import { InputsParamSchema, RefParamSchema, TriggerTokenParamSchema } from './pipeline-params.js';
import { postNewPipelineOnce } from './settle-uncertain-pipeline.js';
import { withoutCredentials } from './without-credentials.js';

/** Parameters of `triggerPipeline`. */
export const TriggerPipelineParamsSchema = v.strictObject({
  project: ProjectRefParamSchema,
  /** The branch or tag to run the pipeline on. */
  ref: RefParamSchema,
  /** A pipeline trigger token, or a CI job token (for a multi-project pipeline). A secret. */
  token: TriggerTokenParamSchema,
  /** Which kind `token` is; guessed from its prefix (`glptt-`, `glcbt-`) when left out. */
  tokenKind: v.optional(v.picklist(['trigger', 'job'], 'must be trigger or job')),
  /** CI/CD variables: `{ KEY: 'value' }` or `[{ key, value }]`, sent as `variables[KEY]`. */
  variables: v.optional(VariablesParamSchema),
  /** CI/CD inputs: `{ name: value }`. */
  inputs: v.optional(InputsParamSchema),
  ...CallOptionsEntries,
});

/** Parameters of `triggerPipeline`. */
export type TriggerPipelineParams = v.InferInput<typeof TriggerPipelineParamsSchema>;

// The source GitLab gives the pipeline (app/services/ci/pipeline_trigger_service.rb): a trigger
// token's pipeline is `trigger`, a job token's is `pipeline` (a multi-project pipeline).
function expectedSources(token: string, kind: 'trigger' | 'job' | undefined): string[] {
  const guessed =
    kind ??
    (token.startsWith('glptt-') ? 'trigger' : token.startsWith('glcbt-') ? 'job' : undefined);
  if (guessed === 'trigger') return ['trigger'];
  if (guessed === 'job') return ['pipeline'];
  return ['trigger', 'pipeline'];
}

/**
 * Triggers a pipeline with a pipeline trigger token or a CI job token (201, with the pipeline).
 * The token goes in the JSON body, and the client's own credential header is NOT sent: the
 * route authenticates by the body token alone (lib/api/ci/triggers.rb). The token and the
 * variable values are redacted from every error. Never a duplicate: sent once, and after a lost
 * answer the new pipeline is looked for with the client's own token (see `postNewPipelineOnce`);
 * a client that may not list pipelines gets an OutcomeUnknownError saying so instead.
 */
export async function triggerPipeline(
  client: GitLabClient,
  params: TriggerPipelineParams,
): Promise<PipelineDetail> {
  const p = parseParams(TriggerPipelineParamsSchema, params, 'triggerPipeline');
  const variables = p.variables
    ? Object.fromEntries(p.variables.map(({ key, value }) => [key, value]))
    : undefined;
  return postNewPipelineOnce(client, {
    operation: 'triggerPipeline',
    route: 'POST /projects/:id/trigger/pipeline',
    path: pipelineEndpointPath(p.project, 'trigger/pipeline'),
    body: {
      token: p.token,
      ref: p.ref,
      ...(variables ? { variables } : {}),
      ...(p.inputs ? { inputs: p.inputs } : {}),
    },
    secrets: [p.token, ...(p.variables?.map((variable) => variable.value) ?? [])],
    sender: withoutCredentials(client),
    project: p.project,
    ref: p.ref,
    sources: expectedSources(p.token, p.tokenKind),
    signal: p.signal,
    deadline: p.deadline,
  });
}
