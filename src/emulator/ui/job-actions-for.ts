// Which action GitLab's pipeline graph offers on a job chip in the job's current status.
import type { JobRecord } from '../state/records.js';
import type { JobAction } from './act-on-job.js';

const CANCELABLE = new Set(['running', 'pending', 'preparing', 'waiting_for_resource']);
const RETRYABLE = new Set(['success', 'failed', 'canceled']);

/** Play a manual or delayed job, cancel a live one, retry a finished one; null for none. */
export function jobActionFor(job: JobRecord): JobAction | null {
  if (job.status === 'manual' || job.status === 'scheduled') return 'play';
  if (job.kind !== 'build') return null;
  if (CANCELABLE.has(job.status)) return 'cancel';
  if (RETRYABLE.has(job.status)) return 'retry';
  return null;
}
