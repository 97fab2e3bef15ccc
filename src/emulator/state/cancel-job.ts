// Cancels a job as GitLab does: running jobs cancel gracefully, manual ones are canceled, finished ones stay.
import type { EmulatorState } from './emulator-state.js';
import { isCancelable } from './job-status.js';
import { stopJob } from './job-transitions.js';
import type { JobRecord } from './records.js';
import { settlePipeline } from './settle-pipeline.js';

/** Cancels the job at `at` if its status allows; otherwise leaves it exactly as it was. */
export function cancelJob(state: EmulatorState, job: JobRecord, at: number): void {
  if (!isCancelable(job.status)) return;
  // A running job's runner gets a grace period to stop (`canceling`); nothing else ran yet.
  const graceful = job.status === 'running' && job.spec.cancelGraceMs > 0;
  stopJob(state, job, graceful ? 'canceling' : 'canceled', at);
  settlePipeline(state, state.pipeline(job.pipelineId), at);
}

/**
 * `force=true`: Ci::Build#force_cancel moves a `canceling` job to `canceled` at once
 * (`transition canceling: :canceled`); any other job is left as it is.
 */
export function forceCancelJob(state: EmulatorState, job: JobRecord, at: number): void {
  if (job.status !== 'canceling') return;
  stopJob(state, job, 'canceled', at);
  settlePipeline(state, state.pipeline(job.pipelineId), at);
}
