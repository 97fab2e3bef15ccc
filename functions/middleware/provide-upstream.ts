// Middleware: gives the request its way to GitLab, sharing reads and the service token's budget with every other request of the isolate.
import type { MiddlewareHandler } from 'hono';
import type { FetchFunction } from '../../src/gitlab/client.js';
import type { RelayAppEnv } from '../relay-app-env.js';
import { relayUpstream } from '../upstream/relay-upstream.js';
import type { SharedReads } from '../upstream/shared-reads.js';
import type { UpstreamBudget } from '../upstream/upstream-budget.js';

/** Options of `provideUpstream`: what all requests of the isolate share. */
export interface ProvideUpstreamOptions {
  shared: SharedReads;
  budget: UpstreamBudget;
  /** The fetch for requests with the caller's own token. */
  callerFetch: FetchFunction;
}

/** Sets `c.get('upstream')` from the service client and the configured sharing time. */
export function provideUpstream(options: ProvideUpstreamOptions): MiddlewareHandler<RelayAppEnv> {
  return async function provideUpstream(c, next) {
    c.set(
      'upstream',
      relayUpstream({
        client: c.get('client'),
        callerFetch: options.callerFetch,
        shared: options.shared,
        budget: options.budget,
        shareMs: c.get('config').shareReadsMs,
        keepAlive: keepAliveOf(c),
      }),
    );
    await next();
  };
}

// On Workers, a read others share must finish even if the request that opened it is cancelled.
function keepAliveOf(c: { executionCtx: { waitUntil(promise: Promise<unknown>): void } }) {
  let context: { waitUntil(promise: Promise<unknown>): void };
  try {
    context = c.executionCtx;
  } catch {
    return undefined; // no ExecutionContext (tests, Node): the process outlives the request
  }
  return (promise: Promise<unknown>) => context.waitUntil(promise);
}
