// Middleware: at most so many requests per calling job and period (the CALLER_RATE_LIMITER binding), then 429.
import type { MiddlewareHandler } from 'hono';
import { gitlabErrorResponse } from '../http/gitlab-error-response.js';
import type { RelayLog } from '../log/relay-log.js';
import type { RelayAppEnv } from '../relay-app-env.js';

/** Options of `limitRate`. */
export interface LimitRateOptions {
  log: RelayLog;
}

/** Counts the request against the calling job (keyed by job id, never the token); without the binding, no limit. */
export function limitRate(options: LimitRateOptions): MiddlewareHandler<RelayAppEnv> {
  return async function limitRate(c, next) {
    const limiter = c.env?.CALLER_RATE_LIMITER;
    const caller = c.get('caller');
    if (limiter && !(await limiter.limit({ key: `job:${caller.jobId}` })).success) {
      options.log({ event: 'rate-limited', caller: caller.jobId, token: c.get('callerRef') });
      return gitlabErrorResponse(429, 'this job is calling the relay too often (jobrelay)', {
        'retry-after': String(c.get('config').rateLimitPeriodSeconds),
      });
    }
    await next();
  };
}
