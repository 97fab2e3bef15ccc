// The values GitLab accepts in the `scope` filter of its job lists.
import * as v from 'valibot';

/** The documented `scope` values; any other value (even a real status) makes GitLab answer 400. */
export const JOB_SCOPES = [
  'created',
  'pending',
  'running',
  'failed',
  'success',
  'canceled',
  'skipped',
  'manual',
] as const;

/** One `scope` value of GitLab's job list endpoints. */
export const JobScopeSchema = v.picklist(JOB_SCOPES);

/** A value for the `scope` filter of the job lists. */
export type JobScope = v.InferOutput<typeof JobScopeSchema>;
