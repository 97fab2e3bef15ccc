// GET /projects/:id/pipelines/latest — https://docs.gitlab.com/ee/api/pipelines.html#get-the-latest-pipeline
import * as v from 'valibot';
import type { GitLabClient } from '../client.js';
import { requestEntity } from '../jobs/request-entity.js';
import { CallOptionsEntries, ProjectRefParamSchema } from '../params/param-schemas.js';
import { parseParams } from '../params/parse-params.js';
import { type PipelineDetail, PipelineDetailSchema } from '../schemas/pipeline-detail.js';
import { pipelineEndpointPath } from './pipeline-endpoint-path.js';
import { RefParamSchema } from './pipeline-params.js';

/** Parameters of `getLatestPipeline`. */
export const GetLatestPipelineParamsSchema = v.strictObject({
  project: ProjectRefParamSchema,
  /** The branch or tag; the project's default branch when left out. */
  ref: v.optional(RefParamSchema),
  ...CallOptionsEntries,
});

/** Parameters of `getLatestPipeline`. */
export type GetLatestPipelineParams = v.InferInput<typeof GetLatestPipelineParamsSchema>;

/**
 * Gets the latest pipeline for the newest commit of a ref (`user_project.latest_pipeline(ref)`,
 * lib/api/ci/pipelines.rb). GitLab answers 403, not 404, when that commit has no pipeline.
 */
export async function getLatestPipeline(
  client: GitLabClient,
  params: GetLatestPipelineParams,
): Promise<PipelineDetail> {
  const p = parseParams(GetLatestPipelineParamsSchema, params, 'getLatestPipeline');
  const query = new URLSearchParams();
  if (p.ref !== undefined) query.set('ref', p.ref);
  return requestEntity(
    client,
    {
      operation: 'getLatestPipeline',
      route: 'GET /projects/:id/pipelines/latest',
      method: 'GET',
      path: pipelineEndpointPath(p.project, 'pipelines/latest'),
      query,
      signal: p.signal,
      deadline: p.deadline,
    },
    PipelineDetailSchema,
  );
}
