// The one check of every route about a single job: read its name when a rule restricts names, then decide.
import { readJobName } from '../upstream/job-reads.js';
import type { UpstreamAnswer } from '../upstream/upstream-answer.js';
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

/** Allowed (with GitLab's answer for the job, when it had to be read to decide), or the refusal. */
export type JobAuthorization =
  | { allowed: true; job: UpstreamAnswer | undefined }
  | { allowed: false; decision: RelayDecision };

/**
 * Decides `request` for the verified caller. When a rule that would allow it restricts job names
 * (`jobs`), the job is read first with `readJob` (GitLab's own 404 for a missing job propagates
 * as the error it is) and decided by its name; otherwise nothing is asked of GitLab.
 */
export async function authorizeJob(
  context: DecisionContext,
  readJob: () => Promise<UpstreamAnswer>,
  request: JobRequest,
): Promise<JobAuthorization> {
  const { jobId: _jobId, ...policyRequest } = request;
  let job: UpstreamAnswer | undefined;
  let jobName: string | undefined;
  if (needsJobName(context.policy, context.caller, policyRequest)) {
    job = await readJob();
    jobName = await readJobName(job);
  }
  const decision = decide(context, { ...policyRequest, jobName });
  return decision.allowed ? { allowed: true, job } : { allowed: false, decision };
}
