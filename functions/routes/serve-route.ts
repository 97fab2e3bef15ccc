// Hands each matched route to the handler of its family, with the route narrowed to its kind.
import type { Context, Handler } from 'hono';
import type { RelayRoute } from '../http/relay-route.js';
import type { RelayAppEnv } from '../relay-app-env.js';

/** A handler of one route kind: the context (every middleware has run) and the route of that kind. */
export type RouteHandler<K extends RelayRoute['kind']> = (
  c: Context<RelayAppEnv>,
  route: Extract<RelayRoute, { kind: K }>,
) => Promise<Response>;

/** One handler per route kind: a new kind does not compile until it has one. */
export type RouteHandlers = { [K in RelayRoute['kind']]: RouteHandler<K> };

/** The app's last handler: calls the handler of `c.get('route')`'s kind. */
export function serveRoute(handlers: RouteHandlers): Handler<RelayAppEnv> {
  return function serveRoute(c) {
    const route = c.get('route');
    const handler = handlers[route.kind] as RouteHandler<typeof route.kind>;
    return handler(c, route);
  };
}
