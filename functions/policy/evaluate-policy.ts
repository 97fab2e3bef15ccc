// Decides whether a calling job may perform an operation on a target, by the first rule that allows it.
import type { Caller } from '../identity/caller.js';
import { globMatch } from './glob-match.js';
import type { Operation } from './operations.js';
import type { Policy, PolicyRule } from './policy-schema.js';

/** A target project as the request named it: by id or by path, canonicalised. */
export type TargetProject = { id: number; path?: undefined } | { path: string; id?: undefined };

/** What a request wants to do. */
export interface PolicyRequest {
  operation: Operation;
  target: TargetProject;
  /** The target job's name, when the request is about one job and a rule restricts names. */
  jobName?: string | undefined;
  /** For `play` and `pipeline`: the variable keys sent. */
  variableKeys?: readonly string[] | undefined;
  /** For `pipeline`: the CI/CD input names sent. */
  inputKeys?: readonly string[] | undefined;
  /** For `pipeline`: the ref the new pipeline is to run on. */
  ref?: string | undefined;
  /** A list request: job-name restrictions filter its items instead of refusing it. */
  listing?: boolean;
  /** About a whole pipeline (a read, a cancel): a rule restricting job names does not cover it. */
  wholePipeline?: boolean;
}

/** The decision, with the reason that goes into the decision log. */
export interface PolicyDecision {
  allowed: boolean;
  /** Index of the rule that allowed it. */
  rule?: number;
  reason: string;
}

/** True when `matchers` (ids and path globs) name the project. */
export function projectMatches(
  matchers: readonly (number | string)[],
  target: TargetProject,
): boolean {
  return matchers.some((m) =>
    typeof m === 'number'
      ? target.id === m
      : target.path !== undefined && globMatch(m, target.path),
  );
}

/** True when the rule's caller part matches the calling job. */
export function callerMatches(rule: PolicyRule, caller: Caller): boolean {
  const { caller: match } = rule;
  const projectOk =
    projectMatches(match.projects, { id: caller.projectId }) ||
    (caller.projectPath !== undefined &&
      projectMatches(match.projects, { path: caller.projectPath }));
  if (!projectOk) return false;
  if (match.refs && !match.refs.some((glob) => globMatch(glob, caller.ref))) return false;
  // Unknown facts never satisfy a condition: deny unless proved.
  if (match.protectedRef !== undefined && caller.protectedRef !== match.protectedRef) return false;
  if (
    match.pipelineSources &&
    !(caller.pipelineSource && match.pipelineSources.includes(caller.pipelineSource))
  ) {
    return false;
  }
  if (match.environments) {
    const env = caller.environment;
    if (!env || !match.environments.some((glob) => globMatch(glob, env))) return false;
  }
  return true;
}

/** Whether the rule needs the target job's name to decide. */
export function needsJobName(
  policy: Policy,
  caller: Caller,
  request: Omit<PolicyRequest, 'jobName'>,
): boolean {
  return policy.rules.some(
    (rule) =>
      rule.jobs !== undefined &&
      rule.allow.includes(request.operation) &&
      callerMatches(rule, caller) &&
      projectMatches(rule.targets, request.target),
  );
}

/** Evaluates the policy: allowed only if some rule allows everything asked; denied otherwise. */
export function evaluatePolicy(
  policy: Policy,
  caller: Caller,
  request: PolicyRequest,
): PolicyDecision {
  // The reason given is that of the rule that came closest (matched most before refusing).
  let closest = { stage: 0, reason: 'no rule matches the calling job' };
  const near = (stage: number, reason: string) => {
    if (stage > closest.stage) closest = { stage, reason };
  };
  for (const [index, rule] of policy.rules.entries()) {
    if (!callerMatches(rule, caller)) continue;
    if (!rule.allow.includes(request.operation)) {
      near(1, `no rule for this caller allows ${request.operation}`);
      continue;
    }
    if (!projectMatches(rule.targets, request.target)) {
      near(2, `no rule for this caller allows ${request.operation} on this project`);
      continue;
    }
    // A pipeline holds jobs of every name: a rule restricting names covers none of it.
    if (rule.jobs && (request.wholePipeline || request.operation === 'pipeline')) {
      near(3, `no rule without a jobs restriction allows ${request.operation} on a whole pipeline`);
      continue;
    }
    if (rule.jobs && !request.listing) {
      const name = request.jobName;
      if (name === undefined || !rule.jobs.some((glob) => globMatch(glob, name))) {
        near(3, `no rule allows ${request.operation} on a job named ${JSON.stringify(name ?? '')}`);
        continue;
      }
    }
    const refusal = requestRefusal(rule, request);
    if (refusal) {
      near(4, refusal);
      continue;
    }
    return { allowed: true, rule: index, reason: rule.description ?? `rule ${index}` };
  }
  return { allowed: false, reason: closest.reason };
}

// What of a play's or a pipeline's request the rule does not allow (variables, inputs, the ref), if anything.
function requestRefusal(rule: PolicyRule, request: PolicyRequest): string | undefined {
  const { operation } = request;
  if (operation !== 'play' && operation !== 'pipeline') return undefined;
  const variables = notListed(request.variableKeys, rule.variables);
  if (variables) return `variable ${variables} not allowed by the policy`;
  if (operation === 'play') return undefined;
  const inputs = notListed(request.inputKeys, rule.inputs);
  if (inputs) return `input ${inputs} not allowed by the policy`;
  const ref = request.ref;
  // Deny unless proved: a pipeline request without a ref matches no targetRefs.
  if (rule.targetRefs && (ref === undefined || !rule.targetRefs.some((g) => globMatch(g, ref)))) {
    return `no rule allows a pipeline on the ref ${JSON.stringify(ref ?? '')}`;
  }
  return undefined;
}

// The keys sent that `allowed` (absent = none) does not list, quoted; undefined when all are.
function notListed(
  sent: readonly string[] | undefined,
  allowed: readonly string[] | undefined,
): string | undefined {
  if (!sent?.length) return undefined;
  const listed = new Set(allowed ?? []);
  const refused = sent.filter((key) => !listed.has(key));
  return refused.length > 0 ? refused.map((k) => JSON.stringify(k)).join(', ') : undefined;
}
