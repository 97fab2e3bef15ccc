// The values GitLab accepts in the `scope` filter of its job lists.
import * as v from 'valibot';
import { JOB_STATUSES } from './job-status.js';

/**
 * Every value `scope` takes: all of GitLab's job statuses, as the lists declare
 * `values: ::CommitStatus::AVAILABLE_STATUSES` (lib/api/ci/jobs.rb), not only the eight the API
 * page documents. Any other value makes GitLab answer 400 `scope does not have a valid value`.
 */
export const JOB_SCOPES = JOB_STATUSES;

/** One `scope` value of GitLab's job list endpoints. */
export const JobScopeSchema = v.picklist(JOB_SCOPES);

/** A value for the `scope` filter of the job lists. */
export type JobScope = v.InferOutput<typeof JobScopeSchema>;
