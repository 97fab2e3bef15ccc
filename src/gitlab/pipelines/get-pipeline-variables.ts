// GET /projects/:id/pipelines/:pipeline_id/variables — https://docs.gitlab.com/ee/api/pipelines.html#get-variables-for-a-pipeline
import type { GitLabClient } from '../client.js';
import { requestEntity } from '../jobs/request-entity.js';
import { parseParams } from '../params/parse-params.js';
import { type PipelineVariable, PipelineVariablesSchema } from '../schemas/pipeline-variable.js';
import { pipelineEndpointPath } from './pipeline-endpoint-path.js';
import { type PipelineParams, PipelineParamsSchema } from './pipeline-params.js';

/**
 * Gets the variables a pipeline was created with (one unpaginated list; GitLab asks for the
 * `read_pipeline_variable` permission, a Maintainer's by default). The values are secrets:
 * do not log them.
 */
export async function getPipelineVariables(
  client: GitLabClient,
  params: PipelineParams,
): Promise<PipelineVariable[]> {
  const p = parseParams(PipelineParamsSchema, params, 'getPipelineVariables');
  return requestEntity(
    client,
    {
      operation: 'getPipelineVariables',
      route: 'GET /projects/:id/pipelines/:pipeline_id/variables',
      method: 'GET',
      path: pipelineEndpointPath(p.project, `pipelines/${p.pipelineId}/variables`),
      signal: p.signal,
      deadline: p.deadline,
    },
    PipelineVariablesSchema,
  );
}
