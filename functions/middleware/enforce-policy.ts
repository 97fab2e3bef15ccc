// Middleware: the policy decision for every route about a target project, before anything is sent with the service token.
import type { MiddlewareHandler } from 'hono';
import { policyRefusal } from '../http/policy-refusal.js';
import type { RelayLog } from '../log/relay-log.js';
import { authorizeJob } from '../policy/authorize-job.js';
import { type DecisionContext, decide } from '../policy/decide.js';
import { visibleJobNames } from '../policy/visible-job-names.js';
import type { RelayAppEnv } from '../relay-app-env.js';
import { jobRead } from '../upstream/job-reads.js';

/** Options of `enforcePolicy`. */
export interface EnforcePolicyOptions {
  /** Where the audit lines of refusals and actions go. */
  log: RelayLog;
}

/**
 * A job route (read, trace, an action) goes through `authorizeJob` and, when the job was read to
 * decide, `c.var.authorizedJob` keeps it; a list needs `read` on its project and gets
 * `c.var.visibleJobNames` when `jobs` restrictions filter it. The caller's own routes
 * (`/job`, `/job/allowed_agents`, `/-/policy`) name no target and pass. A refusal is a 403, or
 * GitLab's 404 for a job the caller may see in no way.
 */
export function enforcePolicy(options: EnforcePolicyOptions): MiddlewareHandler<RelayAppEnv> {
  return async function enforcePolicy(c, next) {
    const { route, caller, config } = c.var;
    const context: DecisionContext = {
      policy: config.policy,
      caller,
      callerRef: c.var.callerRef,
      log: options.log,
    };
    switch (route.kind) {
      case 'get-job':
      case 'trace':
      case 'action': {
        const job = jobRead(route.project, route.jobId);
        const authorization = await authorizeJob(context, () => c.var.upstream.read(job), {
          operation:
            route.kind === 'action' ? route.action : route.kind === 'trace' ? 'trace' : 'read',
          target: route.project,
          jobId: route.jobId,
          variableKeys: c.var.playVariables?.map((variable) => variable.key),
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
      case 'policy':
      case 'job-token-job':
      case 'allowed-agents':
        break;
    }
    await next();
  };
}
