// Plays a manual (or delayed) job as GitLab does, recording who played it with which variables.
import type { EmulatorState } from './emulator-state.js';
import { startJob } from './job-transitions.js';
import type { JobRecord, JobVariable } from './records.js';
import { isRetryable, retryJob } from './retry-job.js';
import { settlePipeline } from './settle-pipeline.js';

/** What a play did: started the job, retried a finished one, or nothing (not playable). */
export type PlayOutcome =
  | { kind: 'started'; job: JobRecord }
  | { kind: 'retried'; job: JobRecord }
  | { kind: 'unplayable' };

/**
 * GitLab's `playable?`: an action job (manual or delayed) that is not archived and is waiting
 * (manual, scheduled) or, for builds only, finished and retryable; a bridge must be manual.
 */
export function isPlayable(state: EmulatorState, job: JobRecord): boolean {
  const action = job.spec.when === 'manual' || job.spec.when === 'delayed';
  if (!action || state.pipeline(job.pipelineId).archived) return false;
  if (job.kind === 'bridge') return job.status === 'manual';
  return job.status === 'manual' || job.status === 'scheduled' || isRetryable(state, job);
}

/** Plays the job at `at` as `userId`; a finished manual job is retried instead (variables cloned). */
export function playJob(
  state: EmulatorState,
  job: JobRecord,
  at: number,
  userId: number,
  variables: JobVariable[] | undefined,
): PlayOutcome {
  if (!isPlayable(state, job)) return { kind: 'unplayable' };
  if (job.status !== 'manual' && job.status !== 'scheduled') {
    const retry = retryJob(state, job, at, userId);
    return retry ? { kind: 'retried', job: retry } : { kind: 'unplayable' };
  }
  state.unschedule(job);
  // The player becomes the job's user, as in GitLab.
  job.userId = userId;
  job.playedByUserId = userId;
  job.playVariables = job.kind === 'bridge' ? [] : (variables ?? []);
  startJob(state, job, at);
  settlePipeline(state, state.pipeline(job.pipelineId), at);
  return { kind: 'started', job };
}
