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
  /** For `play`: the variable keys sent. */
  variableKeys?: readonly string[] | undefined;
  /** A list request: job-name restrictions filter its items instead of refusing it. */
  listing?: boolean;
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
  let closest = 'no rule matches the calling job';
  for (const [index, rule] of policy.rules.entries()) {
    if (!callerMatches(rule, caller)) continue;
    if (!rule.allow.includes(request.operation)) {
      closest = `no rule for this caller allows ${request.operation}`;
      continue;
    }
    if (!projectMatches(rule.targets, request.target)) {
      closest = `no rule for this caller allows ${request.operation} on this project`;
      continue;
    }
    if (rule.jobs && !request.listing) {
      const name = request.jobName;
      if (name === undefined || !rule.jobs.some((glob) => globMatch(glob, name))) {
        closest = `no rule allows ${request.operation} on a job named ${JSON.stringify(name ?? '')}`;
        continue;
      }
    }
    if (request.operation === 'play' && request.variableKeys?.length) {
      const allowed = new Set(rule.variables ?? []);
      const refused = request.variableKeys.filter((key) => !allowed.has(key));
      if (refused.length > 0) {
        closest = `variable ${refused.map((k) => JSON.stringify(k)).join(', ')} not allowed by the policy`;
        continue;
      }
    }
    return { allowed: true, rule: index, reason: rule.description ?? `rule ${index}` };
  }
  return { allowed: false, reason: closest };
}
