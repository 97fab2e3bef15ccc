// The one check of every route about a single job: read its name when a rule restricts names, then decide.
import type { GitLabClient } from '../../src/gitlab/client.js';
import { getJob } from '../../src/gitlab/jobs/get-job.js';
import type { Job } from '../../src/gitlab/schemas/job.js';
import { type DecisionContext, decide, type RelayDecision } from './decide.js';
import { needsJobName, type TargetProject } from './evaluate-policy.js';
import type { Operation } from './operations.js';

/** An operation on one job of a target project, as a job route asks it. */
export interface JobRequest {
  operation: Operation;
  target: TargetProject;
  jobId: number;
  /** For `play`: the variable keys sent. */
  variableKeys?: readonly string[] | undefined;
}

/** Allowed (with the job, when it had to be read to decide), or the logged refusal. */
export type JobAuthorization =
  | { allowed: true; job: Job | undefined }
  | { allowed: false; decision: RelayDecision };

/**
 * Decides `request` for the verified caller. When a rule that would allow it restricts job names
 * (`jobs`), the job is read first with the service client (GitLab's own 404 for a missing job
 * propagates as the error it is) and decided by its name; otherwise nothing is asked of GitLab.
 */
export async function authorizeJob(
  context: DecisionContext,
  client: GitLabClient,
  request: JobRequest,
): Promise<JobAuthorization> {
  const { jobId, ...policyRequest } = request;
  let job: Job | undefined;
  if (needsJobName(context.policy, context.caller, policyRequest)) {
    job = await getJob(client, { project: request.target.path ?? request.target.id, jobId });
  }
  const decision = decide(context, { ...policyRequest, jobName: job?.name });
  return decision.allowed ? { allowed: true, job } : { allowed: false, decision };
}
