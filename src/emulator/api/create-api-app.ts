// The emulated GitLab REST API: request log, faults and throttles in front of the Jobs endpoints.
import { type Handler, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { authenticate } from '../auth/authenticate.js';
import type { Identity } from '../auth/identity.js';
import type { ApiEnv, EmulatorRuntime } from '../emulator-runtime.js';
import { faultMiddleware } from '../faults/fault-middleware.js';
import { jsonResponse } from '../http/api-error.js';
import { declareParams } from '../http/declared-params.js';
import { readRequestParams } from '../http/read-request-params.js';
import { applicationLimitedResponse } from '../rate-limit/rate-limited-response.js';
import { throttleMiddleware } from '../rate-limit/throttle-middleware.js';
import { requestLogMiddleware } from '../request-log/request-log-middleware.js';
import { syncState } from '../state/sync-state.js';
import type { ApiRoute } from './api-route.js';
import { API_ROUTES } from './api-routes.js';

/** The `/api/v4` app, with every Jobs API endpoint. */
export function createApiApp(runtime: EmulatorRuntime): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  api.use('*', requestLogMiddleware(runtime));
  api.use('*', faultMiddleware(runtime));
  api.use('*', throttleMiddleware(runtime));
  for (const route of API_ROUTES) api.on(route.method, route.path, endpoint(runtime, route));
  api.onError((error) => {
    if (error instanceof HTTPException) return error.getResponse();
    console.error('jobrelay emulator: internal error', error);
    return jsonResponse({ message: '500 Internal Server Error' }, 500);
  });
  return api;
}

// Grape's order: authenticate (401), then the endpoint (limits, parameters, lookups, action).
function endpoint(runtime: EmulatorRuntime, route: ApiRoute): Handler<ApiEnv> {
  return async function handleEndpoint(c) {
    c.var.logEntry.applied = true;
    const now = runtime.clock.now();
    const { state } = runtime;
    syncState(state, now);
    const jobTokenAllowed =
      route.jobTokens === 'always' ||
      (route.jobTokens === 'lists' && state.settings.jobTokenListAccess);
    const identity: Identity =
      route.authenticate === 'none'
        ? { kind: 'anonymous', user: undefined }
        : authenticate(state, c.var.credential, {
            jobTokenAllowed,
            anonymousAllowed: route.authenticate === 'non-get' && route.method === 'GET',
          });
    const caller =
      identity.kind === 'job'
        ? `job:${identity.job.id}`
        : identity.kind === 'user'
          ? `user:${identity.user.id}`
          : 'anonymous';
    if (
      runtime.rateLimiter.hit('application', c.req.method, new URL(c.req.url).pathname, caller, now)
    ) {
      return applicationLimitedResponse();
    }
    // Path parameters are Grape params too (and come back in pagination links).
    const params = declareParams(
      { ...(await readRequestParams(c)), ...c.req.param() },
      route.params,
    );
    const baseUrl = new URL(c.req.url).origin;
    return route.handle({ c, state, identity, params, now, present: { state, now, baseUrl } });
  };
}
