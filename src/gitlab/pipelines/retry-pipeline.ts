// POST /projects/:id/pipelines/:pipeline_id/retry — https://docs.gitlab.com/ee/api/pipelines.html#retry-jobs-in-a-pipeline
import type { GitLabClient } from '../client.js';
import { parseParams } from '../params/parse-params.js';
import type { PipelineDetail } from '../schemas/pipeline-detail.js';
import type { PipelineStatus } from '../schemas/pipeline-status.js';
import { pipelineEndpointPath } from './pipeline-endpoint-path.js';
import { type PipelineParams, PipelineParamsSchema } from './pipeline-params.js';
import { postPipelineAction } from './post-pipeline-action.js';

// A pipeline still in one of these has not been retried: a retry makes its failed and canceled jobs run again.
const NOT_RETRIED: readonly PipelineStatus[] = ['failed', 'canceled', 'canceling'];

/**
 * Retries a pipeline's failed and canceled jobs (201, with the same pipeline; `retry_failed` in
 * lib/api/ci/pipelines.rb). Sent once: after an uncertain outcome the pipeline is read back, and
 * it counts as retried once it is no longer failed, canceled or canceling.
 */
export async function retryPipeline(
  client: GitLabClient,
  params: PipelineParams,
): Promise<PipelineDetail> {
  const p = parseParams(PipelineParamsSchema, params, 'retryPipeline');
  return postPipelineAction(client, {
    operation: 'retryPipeline',
    route: 'POST /projects/:id/pipelines/:pipeline_id/retry',
    path: pipelineEndpointPath(p.project, `pipelines/${p.pipelineId}/retry`),
    project: p.project,
    pipelineId: p.pipelineId,
    landed: (pipeline) => !NOT_RETRIED.includes(pipeline.status),
    signal: p.signal,
    deadline: p.deadline,
  });
}
