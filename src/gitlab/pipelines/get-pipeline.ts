// GET /projects/:id/pipelines/:pipeline_id — https://docs.gitlab.com/ee/api/pipelines.html#get-a-single-pipeline
import type { GitLabClient } from '../client.js';
import { requestEntity } from '../jobs/request-entity.js';
import { parseParams } from '../params/parse-params.js';
import { type PipelineDetail, PipelineDetailSchema } from '../schemas/pipeline-detail.js';
import { pipelineEndpointPath } from './pipeline-endpoint-path.js';
import { type PipelineParams, PipelineParamsSchema } from './pipeline-params.js';

/** Gets one pipeline of a project (a child pipeline too). */
export async function getPipeline(
  client: GitLabClient,
  params: PipelineParams,
): Promise<PipelineDetail> {
  const p = parseParams(PipelineParamsSchema, params, 'getPipeline');
  return requestEntity(
    client,
    {
      operation: 'getPipeline',
      route: 'GET /projects/:id/pipelines/:pipeline_id',
      method: 'GET',
      path: pipelineEndpointPath(p.project, `pipelines/${p.pipelineId}`),
      signal: p.signal,
      deadline: p.deadline,
    },
    PipelineDetailSchema,
  );
}
