// Middleware: proves who is calling by asking GitLab `GET /job` with the job token (cached, shared in flight).
import type { MiddlewareHandler } from 'hono';
import type { FetchFunction } from '../../src/gitlab/client.js';
import { gitlabErrorResponse } from '../http/gitlab-error-response.js';
import type { CallerCache } from '../identity/caller-cache.js';
import type { RunningJobs } from '../identity/running-jobs.js';
import type { SingleFlight } from '../identity/single-flight.js';
import { type Verification, verifyCaller } from '../identity/verify-caller.js';
import type { RelayLog } from '../log/relay-log.js';
import type { RelayAppEnv } from '../relay-app-env.js';

/** Options of `verifyIdentity`: what verification shares across requests. */
export interface VerifyIdentityOptions {
  /** How the relay reaches GitLab (no redirect followed). */
  fetch: FetchFunction;
  cache: CallerCache;
  /** Verifications in flight: concurrent requests with the same token(s) share one. */
  inflight: SingleFlight<Verification>;
  /** Running jobs by project, read with the service token to renew callers proved before. */
  runningJobs: RunningJobs;
  log: RelayLog;
}

/** Sets `c.get('caller')` and `c.get('callerRef')` (the token's fingerprint prefix); refuses with the status verification gives. */
export function verifyIdentity(options: VerifyIdentityOptions): MiddlewareHandler<RelayAppEnv> {
  return async function verifyIdentity(c, next) {
    const config = c.get('config');
    const verified = await verifyCaller(c.get('callerToken'), c.get('idToken'), {
      gitlabUrl: config.gitlabUrl,
      fetch: options.fetch,
      cache: options.cache,
      inflight: options.inflight,
      idTokenVerifier: c.get('idTokenVerifier'),
      requireIdToken: config.requireIdToken,
      renew: async (caller) => {
        // The service token's budget is the callers' too: while it is held, each proves itself.
        try {
          c.get('upstream').checkBudget();
        } catch {
          return undefined;
        }
        return options.runningJobs.isRunning(c.get('client'), caller.projectId, caller.jobId);
      },
    });
    const callerRef = verified.fingerprint.slice(0, 12);
    if ('refusal' in verified) {
      const path = new URL(c.req.url).pathname;
      options.log({ event: 'refused', reason: verified.refusal, token: callerRef, path });
      return gitlabErrorResponse(verified.status, verified.refusal);
    }
    c.set('caller', verified.caller);
    c.set('callerRef', callerRef);
    await next();
  };
}
