// Middleware: reads the request path once into a Jobs API route, or answers 400/404/405 as GitLab would.
import type { MiddlewareHandler } from 'hono';
import { gitlabErrorResponse } from '../http/gitlab-error-response.js';
import { matchRelayRoute } from '../http/relay-route.js';
import type { RelayAppEnv } from '../relay-app-env.js';

/** Sets `c.get('route')` from the raw (still percent-encoded) path; the handlers dispatch on its kind. */
export function matchRoute(): MiddlewareHandler<RelayAppEnv> {
  return async function matchRoute(c, next) {
    const url = new URL(c.req.url);
    const match = matchRelayRoute(c.req.method, url.pathname, url.searchParams);
    if ('status' in match) return gitlabErrorResponse(match.status, match.message);
    c.set('route', match.route);
    await next();
  };
}
