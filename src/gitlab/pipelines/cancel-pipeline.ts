// POST /projects/:id/pipelines/:pipeline_id/cancel — https://docs.gitlab.com/ee/api/pipelines.html#cancel-all-jobs-for-a-pipeline
import type { GitLabClient } from '../client.js';
import { parseParams } from '../params/parse-params.js';
import type { PipelineDetail } from '../schemas/pipeline-detail.js';
import { isFinishedPipelineStatus } from '../schemas/pipeline-status.js';
import { pipelineEndpointPath } from './pipeline-endpoint-path.js';
import { type PipelineParams, PipelineParamsSchema } from './pipeline-params.js';
import { postPipelineAction } from './post-pipeline-action.js';

/**
 * Cancels a pipeline's jobs. GitLab answers 200 with the pipeline whatever its state, even when
 * there was nothing to cancel (lib/api/ci/pipelines.rb). Sent once: after an uncertain outcome
 * the pipeline is read back, and `canceling` or any finished status counts as done.
 */
export async function cancelPipeline(
  client: GitLabClient,
  params: PipelineParams,
): Promise<PipelineDetail> {
  const p = parseParams(PipelineParamsSchema, params, 'cancelPipeline');
  return postPipelineAction(client, {
    operation: 'cancelPipeline',
    route: 'POST /projects/:id/pipelines/:pipeline_id/cancel',
    path: pipelineEndpointPath(p.project, `pipelines/${p.pipelineId}/cancel`),
    project: p.project,
    pipelineId: p.pipelineId,
    landed: (pipeline) =>
      pipeline.status === 'canceling' || isFinishedPipelineStatus(pipeline.status),
    signal: p.signal,
    deadline: p.deadline,
  });
}
