// Middleware: reads a play's variables from wherever GitLab reads them, so the policy can check their keys.
import type { MiddlewareHandler } from 'hono';
import { readPlayVariables } from '../http/read-play-variables.js';
import type { RelayAppEnv } from '../relay-app-env.js';

/** For `POST …/play`, sets `c.get('playVariables')` or answers 400/415 (`{"error": …}`); other routes pass through. */
export function readPlayBody(): MiddlewareHandler<RelayAppEnv> {
  return async function readPlayBody(c, next) {
    const route = c.get('route');
    if (route.kind === 'action' && route.action === 'play') {
      const read = await readPlayVariables(c.req.raw);
      if ('error' in read) return c.json({ error: read.error }, read.status);
      c.set('playVariables', read.variables);
    }
    await next();
  };
}
