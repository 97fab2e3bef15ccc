// Ci::RetryPipelineService: retries a pipeline's failed and canceled jobs and lets them run again.
import { addJob } from './create-pipeline.js';
import type { EmulatorState } from './emulator-state.js';
import type { PipelineRecord } from './records.js';
import { isRetryable } from './retry-job.js';
import { settlePipeline } from './settle-pipeline.js';

/**
 * Clones every latest failed or canceled job (builds; and bridges) of the pipeline as a new
 * `created` job run by `userId`, the old one becoming `retried`; turns the skipped jobs back to
 * `created` (`pipeline.processables.latest.skipped … job.process`); then processes the pipeline,
 * so each job waits for its stages or needs again. An archived pipeline retries nothing.
 */
export function retryPipeline(
  state: EmulatorState,
  pipeline: PipelineRecord,
  at: number,
  userId: number | null,
): void {
  const latest = state.pipelineJobs(pipeline).filter((job) => !job.retried);
  for (const job of latest) {
    if (job.status !== 'failed' && job.status !== 'canceled') continue;
    if (!isRetryable(state, job)) continue;
    job.retried = true;
    const retry = addJob(state, pipeline, job.spec, at, job.attempt + 1, job);
    retry.userId = userId;
    retry.playVariables = job.playVariables;
    retry.playedByUserId = job.playedByUserId;
  }
  if (pipeline.archived) return;
  for (const job of latest) {
    if (job.status !== 'skipped') continue;
    job.status = 'created';
    job.updatedAt = at;
  }
  settlePipeline(state, pipeline, at);
}
