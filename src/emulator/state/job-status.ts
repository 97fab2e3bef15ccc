// The groups of GitLab's job statuses the emulator's rules are written in (the statuses are the core's).

import { JOB_SCOPES } from '../../gitlab/schemas/job-scope.js';
import type { JobStatus } from '../../gitlab/schemas/job-status.js';
import { isFinishedStatus } from '../../gitlab/schemas/job-status.js';

export type { JobStatus } from '../../gitlab/schemas/job-status.js';

/** The values the `scope` list filter accepts (GitLab's CommitStatus::AVAILABLE_STATUSES). */
export const SCOPE_VALUES: ReadonlySet<string> = new Set(JOB_SCOPES);

/**
 * What `event :cancel` moves (app/models/commit_status.rb): GitLab's CANCELABLE_STATUSES plus
 * `manual` — `transition CANCELABLE_STATUSES.map(&:to_sym) + [:manual] => :canceled`.
 */
const CANCELABLE: ReadonlySet<JobStatus> = new Set([
  'running',
  'waiting_for_resource',
  'waiting_for_callback',
  'preparing',
  'pending',
  'created',
  'scheduled',
  'manual',
]);

/** True for the terminal statuses: success, failed, canceled, skipped. */
export function isCompleted(status: JobStatus): boolean {
  return isFinishedStatus(status);
}

/** True when `POST .../cancel` changes a job in this status. */
export function isCancelable(status: JobStatus): boolean {
  return CANCELABLE.has(status);
}
