// Evaluates the policy for one request and writes the audit line of a refusal or an action; says whether a refusal must hide the job.
import type { Caller } from '../identity/caller.js';
import type { RelayLog } from '../log/relay-log.js';
import { evaluatePolicy, type PolicyDecision, type PolicyRequest } from './evaluate-policy.js';
import type { Operation } from './operations.js';
import type { Policy } from './policy-schema.js';

/** What a decision is made and logged with: the policy, the verified caller and the log. */
export interface DecisionContext {
  policy: Policy;
  caller: Caller;
  /** The caller token's fingerprint prefix, the only trace of the token in the log. */
  callerRef: string;
  log: RelayLog;
}

/** A decision, and whether a refusal must hide the job. */
export interface RelayDecision extends PolicyDecision {
  /** Refused on a job the caller may see in no way: answered as GitLab answers for a missing job. */
  hidden: boolean;
}

// Reads allowed by the policy are the hot path (followers poll them): they are not logged one by one.
const UNLOGGED_WHEN_ALLOWED: readonly Operation[] = ['read', 'trace'];

/**
 * Evaluates the policy and writes the audit line of every refusal (with the detail a hidden
 * job's 404 leaves out) and of every allowed action (play, retry, cancel, erase, pipeline) and
 * artifacts download; an allowed read or trace writes none. Variable and input keys are logged,
 * never their values; no token is ever in a line.
 */
export function decide(context: DecisionContext, request: PolicyRequest): RelayDecision {
  const { policy, caller } = context;
  const decision = evaluatePolicy(policy, caller, request);
  const hidden = !decision.allowed && request.jobName !== undefined && !maySeeJob(context, request);
  if (decision.allowed && UNLOGGED_WHEN_ALLOWED.includes(request.operation)) {
    return { ...decision, hidden };
  }
  context.log({
    event: 'decision',
    allowed: decision.allowed,
    operation: request.operation,
    caller: {
      job: caller.jobId,
      project: caller.projectPath ?? caller.projectId,
      ref: caller.ref,
      token: context.callerRef,
    },
    target: request.target.path ?? request.target.id,
    job: request.jobName,
    variables: request.variableKeys,
    inputs: request.inputKeys,
    targetRef: request.ref,
    pipeline: request.wholePipeline || undefined,
    reason: decision.reason,
    rule: decision.rule,
    hidden: hidden || undefined,
  });
  return { ...decision, hidden };
}

// The caller may read the job, or perform this operation on it with other variables: refusing it reveals nothing.
function maySeeJob(context: DecisionContext, request: PolicyRequest): boolean {
  const { policy, caller } = context;
  const { target, jobName } = request;
  return (
    evaluatePolicy(policy, caller, { operation: 'read', target, jobName }).allowed ||
    evaluatePolicy(policy, caller, { ...request, variableKeys: undefined }).allowed
  );
}
