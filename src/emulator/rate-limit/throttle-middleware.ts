// Rack::Attack in front of the API: callers over a throttle get 429 before GitLab sees them.
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv, EmulatorRuntime } from '../emulator-runtime.js';
import { throttledResponse } from './rate-limited-response.js';

/** Middleware answering 429 to callers over a `throttle` rule. */
export function throttleMiddleware(runtime: EmulatorRuntime): MiddlewareHandler<ApiEnv> {
  return async function throttle(c, next) {
    const now = runtime.clock.now();
    const path = new URL(c.req.url).pathname;
    const hit = runtime.rateLimiter.hit('throttle', c.req.method, path, c.var.caller, now);
    if (hit) return throttledResponse(hit, now);
    return next();
  };
}
