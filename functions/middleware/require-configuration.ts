// Middleware: refuses every request with 503 while the configuration is invalid, saying why in the log once.
import type { MiddlewareHandler } from 'hono';
import { gitlabErrorResponse } from '../http/gitlab-error-response.js';
import type { RelayLog } from '../log/relay-log.js';
import type { RelayAppEnv } from '../relay-app-env.js';

/** Options of `requireConfiguration`. */
export interface RequireConfigurationOptions {
  log: RelayLog;
}

/** Sets `c.get('config')`, `c.get('client')` and `c.get('idTokenVerifier')` from a valid setup; otherwise answers 503. */
export function requireConfiguration(
  options: RequireConfigurationOptions,
): MiddlewareHandler<RelayAppEnv> {
  // One log line per distinct problem, not one per request.
  let reportedProblem: string | undefined;
  return async function requireConfiguration(c, next) {
    const setup = c.get('setup');
    if (!setup.config.ok || !('client' in setup)) {
      const problem = setup.config.ok ? 'no service client' : setup.config.problem;
      if (reportedProblem !== problem) {
        options.log({ event: 'config-invalid', problem });
        reportedProblem = problem;
      }
      return gitlabErrorResponse(503, 'the relay is misconfigured; see its log (jobrelay)');
    }
    c.set('config', setup.config);
    c.set('client', setup.client);
    c.set('idTokenVerifier', setup.idTokenVerifier);
    await next();
  };
}
