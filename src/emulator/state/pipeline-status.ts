// A pipeline's status, composed from its latest jobs the way GitLab's Ci::Status::Composite does.
import type { EmulatorState } from './emulator-state.js';
import type { JobStatus } from './job-status.js';
import type { PipelineRecord } from './records.js';

type Composite = JobStatus | 'success_with_warnings' | 'ignored';

/** The status GitLab shows for a pipeline, from its jobs that were not retried. */
export function pipelineStatus(state: EmulatorState, pipeline: PipelineRecord): JobStatus {
  const set = new Set<Composite>();
  for (const job of state.pipelineJobs(pipeline)) {
    if (job.retried) continue;
    // Allowed failures and optional manual actions do not hold a pipeline back.
    if (job.spec.allowFailure && job.status === 'failed') set.add('success_with_warnings');
    else if (job.spec.allowFailure && (job.status === 'manual' || job.status === 'canceled'))
      set.add('ignored');
    else set.add(job.status);
  }
  const only = (...allowed: Composite[]) => [...set].every((status) => allowed.includes(status));
  const any = (...wanted: Composite[]) => wanted.some((status) => set.has(status));
  if (set.size === 0 || only('skipped', 'ignored')) return 'skipped';
  if (only('success', 'skipped', 'success_with_warnings', 'ignored')) return 'success';
  if (only('created', 'success_with_warnings', 'ignored')) return 'created';
  if (only('preparing', 'success_with_warnings', 'ignored')) return 'preparing';
  if (only('canceled', 'success', 'skipped', 'success_with_warnings', 'ignored')) return 'canceled';
  if (only('pending', 'created', 'skipped', 'success_with_warnings', 'ignored')) return 'pending';
  if (any('running', 'pending')) return 'running';
  if (any('waiting_for_resource')) return 'waiting_for_resource';
  if (any('manual')) return 'manual';
  if (any('scheduled')) return 'scheduled';
  if (any('preparing')) return 'preparing';
  if (any('created')) return 'running';
  // A job still canceling keeps its pipeline canceling (newer Composite; older ones had no such status).
  if (any('canceling')) return 'canceling';
  return 'failed';
}

/** When the pipeline last changed: its latest job change, or its creation. */
export function pipelineUpdatedAt(state: EmulatorState, pipeline: PipelineRecord): number {
  let updated = pipeline.createdAt;
  for (const job of state.pipelineJobs(pipeline)) updated = Math.max(updated, job.updatedAt);
  return updated;
}
