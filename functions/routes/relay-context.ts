// What each relayed route gets: the service client, the verified caller, and the policy check that logs.
import type { GitLabClient } from '../../src/gitlab/client.js';
import type { Caller } from '../identity/caller.js';
import type { ExtractedJobToken } from '../identity/extract-job-token.js';
import {
  evaluatePolicy,
  needsJobName,
  type PolicyDecision,
  type PolicyRequest,
} from '../policy/evaluate-policy.js';
import type { Policy } from '../policy/policy-schema.js';

/** One structured log line (a decision, a refusal, a configuration problem). */
export type LogLine = Record<string, unknown>;

/** The per-request context of a relayed call. */
export interface RelayContext {
  request: Request;
  /** The service client: the relay's own token, the configured GitLab. */
  client: GitLabClient;
  gitlabUrl: string;
  /** The relay's configured public URL (no trailing slash), if any. */
  publicUrl: string | undefined;
  caller: Caller;
  /** The caller token's fingerprint prefix, for logs. */
  callerRef: string;
  policy: Policy;
  /** The caller's own job token (only for GET /job and /job/allowed_agents, which act as the caller). */
  callerToken: ExtractedJobToken;
  upstreamFetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
  log: (line: LogLine) => void;
}

/** A decision, and whether a refusal must hide the job. */
export interface RelayDecision extends PolicyDecision {
  /** Refused on a job the caller may see in no way: answered as GitLab answers for a missing job. */
  hidden: boolean;
}

/** Evaluates the policy and writes one decision line to the log (the detail a hidden job's 404 leaves out), with no token in it. */
export function decide(context: RelayContext, request: PolicyRequest): RelayDecision {
  const decision = evaluatePolicy(context.policy, context.caller, request);
  const hidden = !decision.allowed && request.jobName !== undefined && !maySeeJob(context, request);
  context.log({
    event: 'decision',
    allowed: decision.allowed,
    operation: request.operation,
    caller: {
      job: context.caller.jobId,
      project: context.caller.projectPath ?? context.caller.projectId,
      ref: context.caller.ref,
      token: context.callerRef,
    },
    target: request.target.path ?? request.target.id,
    job: request.jobName,
    variables: request.variableKeys,
    reason: decision.reason,
    rule: decision.rule,
    hidden: hidden || undefined,
  });
  return { ...decision, hidden };
}

// The caller may read the job, or perform this operation on it with other variables: refusing it reveals nothing.
function maySeeJob(context: RelayContext, request: PolicyRequest): boolean {
  const { policy, caller } = context;
  const { target, jobName } = request;
  return (
    evaluatePolicy(policy, caller, { operation: 'read', target, jobName }).allowed ||
    evaluatePolicy(policy, caller, { ...request, variableKeys: undefined }).allowed
  );
}

/** Whether deciding needs the target job's name (a matching rule restricts job names). */
export function decisionNeedsJobName(
  context: RelayContext,
  request: Omit<PolicyRequest, 'jobName'>,
): boolean {
  return needsJobName(context.policy, context.caller, request);
}
