// Fixed-window rate limits per caller, as GitLab's Rack::Attack throttles and endpoint limits.

import { matchesRoute, parseRoutePattern, type RoutePattern } from '../http/route-pattern.js';
import { parseDuration } from '../scenario/duration.js';
import type { RateLimitInput } from '../scenario/scenario-schema.js';

/** A rule: at most `limit` requests per window per caller on the matching routes. */
export interface RateLimitRule {
  route: RoutePattern | null;
  limit: number;
  windowMs: number;
  /** `throttle`: Rack::Attack (429 with Retry-After and RateLimit-*); `application`: an endpoint limit. */
  kind: 'throttle' | 'application';
}

/** A request over a limit: the rule it broke and the window's numbers. */
export interface RateLimitHit {
  rule: RateLimitRule;
  observed: number;
  resetAt: number;
}

/** Counts requests per rule and caller in fixed windows on the emulator clock. */
export class RateLimiter {
  #rules: RateLimitRule[] = [];
  readonly #windows = new Map<string, { start: number; count: number }>();

  /** Replaces the rules (and forgets the counts). */
  setRules(inputs: readonly RateLimitInput[]): void {
    this.#rules = inputs.map((input) => ({
      route: input.route === undefined ? null : (parseRoutePattern(input.route) ?? null),
      limit: input.limit,
      windowMs: input.window === undefined ? 60_000 : (parseDuration(input.window) ?? 60_000),
      kind: input.kind ?? 'throttle',
    }));
    this.#windows.clear();
  }

  /** The rules, as the control API shows them. */
  rules(): Array<{ route: string | null; limit: number; windowMs: number; kind: string }> {
    return this.#rules.map((rule) => ({ ...rule, route: rule.route?.text ?? null }));
  }

  /** Counts one request of `caller` against every matching rule of `kind`; the first rule exceeded. */
  hit(
    kind: RateLimitRule['kind'],
    method: string,
    path: string,
    caller: string,
    now: number,
  ): RateLimitHit | undefined {
    let exceeded: RateLimitHit | undefined;
    this.#rules.forEach((rule, index) => {
      if (rule.kind !== kind || (rule.route && !matchesRoute(rule.route, method, path))) return;
      const start = Math.floor(now / rule.windowMs) * rule.windowMs;
      const key = `${index}:${caller}`;
      const window = this.#windows.get(key);
      const current = window && window.start === start ? window : { start, count: 0 };
      current.count += 1;
      this.#windows.set(key, current);
      if (current.count > rule.limit && !exceeded) {
        exceeded = { rule, observed: current.count, resetAt: start + rule.windowMs };
      }
    });
    return exceeded;
  }
}
