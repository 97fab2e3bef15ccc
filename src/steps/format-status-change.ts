// The one-line progress message for a job's status change, shared by every face.
import { formatDuration } from './parse-duration.js';
import type { StatusChange } from './step-reporter.js';

/** `[1m05s] job 42 "deploy": pending → running`, or `… is running` when first seen. */
export function formatStatusChange(change: StatusChange): string {
  const what = `job ${change.job.id} ${JSON.stringify(change.job.name)}`;
  const moved = change.from === undefined ? `is ${change.to}` : `${change.from} → ${change.to}`;
  return `[${formatDuration(change.elapsedMs)}] ${what}: ${moved}`;
}
