// What a calling job may do, as `GET /-/policy` tells it: the rules that match it, without the others.
import type { Caller } from '../identity/caller.js';
import { callerMatches } from './evaluate-policy.js';
import type { Policy } from './policy-schema.js';

/** The caller as the relay sees it and the grants of the rules that match it. */
export function callerPolicy(policy: Policy, caller: Caller) {
  return {
    caller: {
      job_id: caller.jobId,
      project_id: caller.projectId,
      project_path: caller.projectPath ?? null,
      ref: caller.ref,
      protected_ref: caller.protectedRef ?? null,
      pipeline_source: caller.pipelineSource ?? null,
      environment: caller.environment ?? null,
      id_token: caller.idToken,
    },
    grants: policy.rules
      .filter((rule) => callerMatches(rule, caller))
      .map((rule) => ({
        description: rule.description ?? null,
        allow: rule.allow,
        targets: rule.targets,
        jobs: rule.jobs ?? null,
        variables: rule.variables ?? [],
        targetRefs: rule.targetRefs ?? null,
        inputs: rule.inputs ?? [],
      })),
  };
}
