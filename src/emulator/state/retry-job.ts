// Retries a finished job as GitLab does: a new job with a new id; the old one becomes "retried".

import { addJob } from './create-pipeline.js';
import type { EmulatorState } from './emulator-state.js';
import { startJob } from './job-transitions.js';
import type { JobRecord, PipelineRecord } from './records.js';
import { settlePipeline } from './settle-pipeline.js';

/**
 * Ci::Processable#retryable?: `success? || failed? || canceled? || canceling?`, unless the job
 * was retried already or its pipeline is archived.
 */
export function isRetryable(state: EmulatorState, job: JobRecord): boolean {
  const retryable =
    job.status === 'success' ||
    job.status === 'failed' ||
    job.status === 'canceled' ||
    job.status === 'canceling';
  return retryable && !job.retried && !state.pipeline(job.pipelineId).archived;
}

/** The new job that retries `job`, started at once; undefined when the job is not retryable. */
export function retryJob(
  state: EmulatorState,
  job: JobRecord,
  at: number,
  userId: number | null,
): JobRecord | undefined {
  if (!isRetryable(state, job)) return undefined;
  const pipeline = state.pipeline(job.pipelineId);
  job.retried = true;
  const retry = addJob(state, pipeline, job.spec, at, job.attempt + 1, job);
  retry.userId = userId;
  // GitLab clones a job's variables into its retry; new values are not taken.
  retry.playVariables = job.playVariables;
  retry.playedByUserId = job.playedByUserId;
  resetSkippedDependents(state, pipeline, job, at);
  startJob(state, retry, at);
  settlePipeline(state, pipeline, at);
  return retry;
}

// Like GitLab's ResetSkippedJobsService: jobs skipped because of the retried one wait again.
function resetSkippedDependents(
  state: EmulatorState,
  pipeline: PipelineRecord,
  job: JobRecord,
  at: number,
): void {
  const latest = state.pipelineJobs(pipeline).filter((other) => !other.retried);
  const reset = new Set([job.spec.name]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const other of latest) {
      if (other.status !== 'skipped' || reset.has(other.spec.name)) continue;
      if (!dependsOnAny(pipeline, other, latest, reset)) continue;
      other.status = 'created';
      other.updatedAt = at;
      reset.add(other.spec.name);
      grew = true;
    }
  }
}

function dependsOnAny(
  pipeline: PipelineRecord,
  job: JobRecord,
  latest: JobRecord[],
  names: Set<string>,
): boolean {
  if (job.spec.needs !== null) return job.spec.needs.some((name) => names.has(name));
  const stage = pipeline.stages.indexOf(job.spec.stage);
  return latest.some(
    (other) => names.has(other.spec.name) && pipeline.stages.indexOf(other.spec.stage) < stage,
  );
}
