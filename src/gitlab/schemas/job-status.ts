// GitLab's job statuses, the schema that checks one, and the groups that waiting on a job needs.
import * as v from 'valibot';

/** Every status a current GitLab gives a job (older servers lack `canceling` and `waiting_for_callback`). */
export const JOB_STATUSES = [
  'created',
  'waiting_for_resource',
  'preparing',
  'waiting_for_callback',
  'pending',
  'running',
  'success',
  'failed',
  'canceling',
  'canceled',
  'skipped',
  'manual',
  'scheduled',
] as const;

/** A job status exactly as GitLab spells it (`canceled`, with one l). */
export const JobStatusSchema = v.picklist(JOB_STATUSES);

/** One of GitLab's 13 job statuses. */
export type JobStatus = v.InferOutput<typeof JobStatusSchema>;

/** The terminal statuses: a job in one of them changes no more (a retry makes a new job). */
export const FINISHED_JOB_STATUSES = [
  'success',
  'failed',
  'canceled',
  'skipped',
] as const satisfies readonly JobStatus[];

/** A terminal job status. */
export type FinishedJobStatus = (typeof FINISHED_JOB_STATUSES)[number];

/** The statuses in which a job waits for a person (`manual`) or for a time (`scheduled`). */
export const BLOCKED_JOB_STATUSES = ['manual', 'scheduled'] as const satisfies readonly JobStatus[];

/** A job status that waits for a person or a time. */
export type BlockedJobStatus = (typeof BLOCKED_JOB_STATUSES)[number];

/** True when a job in this status is finished for good (`canceling` is not: it is on its way). */
export function isFinishedStatus(status: JobStatus): status is FinishedJobStatus {
  return (FINISHED_JOB_STATUSES as readonly JobStatus[]).includes(status);
}

/** True when a job in this status will not start until someone plays it or its time comes. */
export function isBlockedStatus(status: JobStatus): status is BlockedJobStatus {
  return (BLOCKED_JOB_STATUSES as readonly JobStatus[]).includes(status);
}
