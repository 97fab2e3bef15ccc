// POST /projects/:id/jobs/:job_id/play — https://docs.gitlab.com/ee/api/jobs.html#run-a-job
import * as v from 'valibot';
import type { GitLabClient } from '../client.js';
import {
  CallOptionsEntries,
  IdParamSchema,
  ProjectRefParamSchema,
  VariablesParamSchema,
} from '../params/param-schemas.js';
import { parseParams } from '../params/parse-params.js';
import { type JobOrBridge, JobOrBridgeSchema } from '../schemas/job-or-bridge.js';
import { isBlockedStatus } from '../schemas/job-status.js';
import { getJob } from './get-job.js';
import { jobPath } from './job-path.js';
import { postJobAction } from './settle-uncertain-post.js';

/** Parameters of `playJob`. */
export const PlayJobParamsSchema = v.strictObject({
  project: ProjectRefParamSchema,
  jobId: IdParamSchema,
  /** CI/CD variables for the run: `{ KEY: 'value' }` or `[{ key, value }]`. */
  variables: v.optional(VariablesParamSchema),
  ...CallOptionsEntries,
});

/** Parameters of `playJob`. */
export type PlayJobParams = v.InferInput<typeof PlayJobParamsSchema>;

/**
 * Plays (starts) a manual job, optionally with variables, sent as `job_variables_attributes`.
 * GitLab answers 200 with the job, or 400 "Unplayable Job" when it cannot be played (still
 * `created`, already pending or running). A manual job that has already finished is played by
 * retrying it, and GitLab still answers with the ORIGINAL job: `findJobRetry` finds the new one.
 * Sent once: after an uncertain outcome the job is read back, never played a second time.
 */
export async function playJob(client: GitLabClient, params: PlayJobParams): Promise<JobOrBridge> {
  const p = parseParams(PlayJobParamsSchema, params, 'playJob');
  return postJobAction(
    client,
    {
      operation: 'playJob',
      route: 'POST /projects/:id/jobs/:job_id/play',
      path: jobPath(p.project, p.jobId, 'play'),
      body: p.variables ? { job_variables_attributes: p.variables } : undefined,
      // Redacted from this call's errors only: a shared client (the relay's) must not collect them.
      secrets: p.variables?.map((variable) => variable.value),
      signal: p.signal,
      deadline: p.deadline,
    },
    JobOrBridgeSchema,
    p,
    async (target) => {
      const job = await getJob(client, target);
      // Still waiting to be started (blocked, or created behind its needs): the play did not land.
      return isBlockedStatus(job.status) || job.status === 'created' ? undefined : job;
    },
  );
}
