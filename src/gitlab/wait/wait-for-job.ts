// Waits for a job to finish (or to need a person), with backoff, Retry-After and a deadline.
import type { GitLabClient } from '../client.js';
import { isBlockedStatus, isFinishedStatus, type JobStatus } from '../schemas/job-status.js';
import { type PollJobParams, type PollJobResult, pollJob } from './poll-job.js';

/** Parameters of `waitForJob`. */
export interface WaitForJobParams extends Omit<PollJobParams, 'isDone'> {
  /** Keep waiting while the job is `manual` or `scheduled`; by default these end the wait. */
  keepWaitingWhenBlocked?: boolean;
}

/**
 * True when waiting on a job in `status` is over: it finished (`success`, `failed`, `canceled`,
 * `skipped`), or it waits for a person or a time and the caller does not want to wait for that.
 * `canceling` is not over: the job is on its way to `canceled`.
 */
export function isWaitOver(status: JobStatus, keepWaitingWhenBlocked = false): boolean {
  return isFinishedStatus(status) || (!keepWaitingWhenBlocked && isBlockedStatus(status));
}

/**
 * Polls a job until it finishes or is blocked (`manual`/`scheduled`, unless asked to keep
 * waiting), or the deadline passes (`done: false`). Backoff: 2 s doubling to 12 s by default.
 */
export async function waitForJob(
  client: GitLabClient,
  params: WaitForJobParams,
): Promise<PollJobResult> {
  const { keepWaitingWhenBlocked = false, ...rest } = params;
  return pollJob(client, {
    ...rest,
    isDone: (job) => isWaitOver(job.status, keepWaitingWhenBlocked),
  });
}
