// Decides whether the status a job ended the wait in counts as success for the step.
import type { JobStatus } from '../gitlab/schemas/job-status.js';

/**
 * `success` when `status` is one of `successStatuses`, else `failed`. A job that ends a wait
 * in `manual` or `scheduled` is a failure unless those are listed: never a green step for a
 * job that did not run.
 */
export function classifyJobOutcome(
  status: JobStatus,
  successStatuses: readonly JobStatus[],
): 'success' | 'failed' {
  return successStatuses.includes(status) ? 'success' : 'failed';
}
