// The status changes of one job: starting, entering each phase, stopping; no pipeline logic.
import type { EmulatorState } from './emulator-state.js';
import type { JobRecord } from './records.js';

/** Starts a job now: through its resource/prepare phases, then pending. */
export function startJob(state: EmulatorState, job: JobRecord, at: number): void {
  if (job.spec.waitingForResourceMs > 0) enterPhase(state, job, 'waiting_for_resource', at);
  else if (job.spec.preparingMs > 0) enterPhase(state, job, 'preparing', at);
  else enterPhase(state, job, 'pending', at);
}

/**
 * Stops a job for good in a terminal status, revoking its token; or starts stopping it
 * (`canceling`), when its token still works (Ci::HasStatus::EXECUTING_STATUSES: running, canceling).
 */
export function stopJob(
  state: EmulatorState,
  job: JobRecord,
  status: 'success' | 'failed' | 'canceled' | 'canceling' | 'skipped',
  at: number,
  failureReason: string | null = null,
): void {
  state.unschedule(job);
  if (status !== 'canceling') state.revokeJobToken(job);
  const wasRunning = job.startedAt !== null;
  job.status = status;
  job.updatedAt = at;
  job.failureReason = status === 'failed' ? failureReason : null;
  job.traceEndAt ??= at;
  if (status === 'canceling') {
    state.schedule(job, 'canceled', at + job.spec.cancelGraceMs);
    return;
  }
  // GitLab stamps finished_at on every move to success, failed or canceled, started or not.
  if (status !== 'skipped') job.finishedAt = at;
  if (wasRunning && (status === 'success' || status === 'failed')) job.artifactsUploaded = true;
}

/** Puts a job in a phase of its run and schedules the phase after it. */
export function enterPhase(
  state: EmulatorState,
  job: JobRecord,
  status: 'waiting_for_resource' | 'preparing' | 'pending' | 'running',
  at: number,
): void {
  job.status = status;
  job.updatedAt = at;
  const spec = job.spec;
  switch (status) {
    case 'waiting_for_resource':
      state.schedule(
        job,
        spec.preparingMs > 0 ? 'preparing' : 'pending',
        at + spec.waitingForResourceMs,
      );
      break;
    case 'preparing':
      state.schedule(job, 'pending', at + spec.preparingMs);
      break;
    case 'pending':
      job.queuedAt = at;
      state.schedule(job, job.kind === 'bridge' ? 'trigger' : 'running', at + spec.queueMs);
      break;
    case 'running':
      job.startedAt = at;
      state.issueJobToken(job);
      state.schedule(job, 'finish', at + spec.durationMs);
      break;
  }
}
