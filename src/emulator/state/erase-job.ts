// Erases a finished job's log and artifacts as GitLab does.

import { finalTraceSize } from '../trace/job-trace.js';
import { artifactsUploadedAt } from './artifacts-uploaded-at.js';
import type { EmulatorState } from './emulator-state.js';
import { isCompleted } from './job-status.js';
import type { JobRecord } from './records.js';

/**
 * Ci::Build#erasable?: `complete? && (artifacts? || has_job_artifacts? || has_trace?)`. Being
 * archived does not matter: Ci::ProcessablePolicy prevents play and retry there, not erase.
 */
export function isErasable(state: EmulatorState, job: JobRecord): boolean {
  if (!isCompleted(job.status) || job.erasedAt !== null) return false;
  const hasArtifacts =
    job.spec.artifacts.length > 0 && artifactsUploadedAt(job, Number.POSITIVE_INFINITY) !== null;
  return hasArtifacts || (job.startedAt !== null && finalTraceSize(state, job) > 0);
}

/** Erases the job's log and artifacts at `at`; false (and nothing done) when it is not erasable. */
export function eraseJob(
  state: EmulatorState,
  job: JobRecord,
  at: number,
  userId: number | null,
): boolean {
  if (!isErasable(state, job)) return false;
  job.erasedAt = at;
  job.erasedByUserId = userId;
  job.artifactsUploaded = false;
  return true;
}
