// Middleware: the policy decision for every route about a target project, before anything is sent with the service token.
import type { MiddlewareHandler } from 'hono';
import { policyRefusal } from '../http/policy-refusal.js';
import type { RelayLog } from '../log/relay-log.js';
import { authorizeJob } from '../policy/authorize-job.js';
import { type DecisionContext, decide } from '../policy/decide.js';
import { needsJobName } from '../policy/evaluate-policy.js';
import { visibleJobNames } from '../policy/visible-job-names.js';
import type { RelayAppEnv } from '../relay-app-env.js';
import { jobRead } from '../upstream/job-reads.js';

/** Options of `enforcePolicy`. */
export interface EnforcePolicyOptions {
  /** Where the audit lines of refusals and actions go. */
  log: RelayLog;
}

/**
 * A job route (read, trace, an action, artifacts by job id) goes through `authorizeJob` and, when
 * the job was read to decide, `c.get('authorizedJob')` keeps it; artifacts by ref are decided by the
 * `job` query's name; a job list needs `read` on its project and gets `c.get('visibleJobNames')`
 * when `jobs` restrictions filter it; a pipeline read or cancel needs a rule without `jobs`; a new
 * pipeline (`pipeline`) is decided with its ref, variable keys and input keys. The caller's own routes
 * (`/job`, `/job/allowed_agents`, `/-/policy`) name no target and pass. A refusal is a 403, or
 * GitLab's 404 for a job the caller may see in no way.
 */
export function enforcePolicy(options: EnforcePolicyOptions): MiddlewareHandler<RelayAppEnv> {
  return async function enforcePolicy(c, next) {
    const route = c.get('route');
    const caller = c.get('caller');
    const config = c.get('config');
    const context: DecisionContext = {
      policy: config.policy,
      caller,
      callerRef: c.get('callerRef'),
      log: options.log,
    };
    switch (route.kind) {
      case 'get-job':
      case 'trace':
      case 'action': {
        const job = jobRead(route.project, route.jobId);
        const authorization = await authorizeJob(context, () => c.get('upstream').read(job), {
          operation:
            route.kind === 'action' ? route.action : route.kind === 'trace' ? 'trace' : 'read',
          target: route.project,
          jobId: route.jobId,
          variableKeys: c.get('playVariables')?.map((variable) => variable.key),
        });
        if (!authorization.allowed) return policyRefusal(authorization.decision);
        c.set('authorizedJob', authorization.job);
        break;
      }
      case 'list-project-jobs':
      case 'list-pipeline-jobs':
      case 'list-pipeline-bridges': {
        const decision = decide(context, {
          operation: 'read',
          target: route.project,
          listing: true,
        });
        if (!decision.allowed) return policyRefusal(decision);
        c.set('visibleJobNames', visibleJobNames(config.policy, caller, route.project));
        break;
      }
      case 'artifacts': {
        const { project: target, selector } = route;
        if ('jobId' in selector) {
          const job = jobRead(target, selector.jobId);
          const authorization = await authorizeJob(context, () => c.get('upstream').read(job), {
            operation: 'artifacts',
            target,
            jobId: selector.jobId,
          });
          if (!authorization.allowed) return policyRefusal(authorization.decision);
          break;
        }
        // By ref and name, the `job` query IS the name: nothing to read. As for a job by id, the
        // name decides only where a rule restricts names (a refused project stays a 403).
        const request = { operation: 'artifacts', target } as const;
        const named = needsJobName(config.policy, caller, request);
        const decision = decide(context, { ...request, jobName: named ? selector.job : undefined });
        if (!decision.allowed) return policyRefusal(decision);
        break;
      }
      case 'create-pipeline': {
        const wanted = c.get('pipelineRequest');
        const decision = decide(context, {
          operation: 'pipeline',
          target: route.project,
          ref: wanted?.ref,
          variableKeys: wanted?.variables?.map((variable) => variable.key),
          inputKeys: wanted?.inputs ? Object.keys(wanted.inputs) : undefined,
        });
        if (!decision.allowed) return policyRefusal(decision);
        break;
      }
      case 'list-pipelines':
      case 'latest-pipeline':
      case 'get-pipeline':
      case 'cancel-pipeline': {
        // A pipeline holds jobs of every name: only a rule without a `jobs` restriction covers it.
        const decision = decide(context, {
          operation: route.kind === 'cancel-pipeline' ? 'cancel' : 'read',
          target: route.project,
          wholePipeline: true,
        });
        if (!decision.allowed) return policyRefusal(decision);
        break;
      }
      case 'policy':
      case 'job-token-job':
      case 'allowed-agents':
        break;
    }
    await next();
  };
}
