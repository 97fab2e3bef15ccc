// The service token's share of GitLab's rate limit, read from GitLab's RateLimit-* headers, kept per isolate.
import { requestedDelay } from '../../src/gitlab/retry-policy.js';

/** How much of the budget is kept back, and the clock. */
export interface UpstreamBudgetOptions {
  /** Part of `RateLimit-Limit` kept in reserve (default 5%): at or below it, callers wait. */
  reserveFraction: number;
  /** The reserve's floor in requests (default 10), for small limits. */
  reserveMin: number;
  /** How long to hold after a GitLab 429 that says nothing of when to come back (default 60 s). */
  fallbackHoldMs: number;
  now?: () => number;
}

/** The defaults: hold at 5% (at least 10 requests) left, until GitLab's window resets. */
export const DEFAULT_UPSTREAM_BUDGET: UpstreamBudgetOptions = {
  reserveFraction: 0.05,
  reserveMin: 10,
  fallbackHoldMs: 60_000,
};

/**
 * Tracks what GitLab says is left of the service token's rate limit (`RateLimit-Limit`,
 * `RateLimit-Remaining`, `RateLimit-Reset`) on every answer to the service token. When what is
 * left falls to the reserve, or GitLab answered 429, the relay holds: callers are answered 429
 * with `Retry-After` until the window resets, instead of spending the last requests every
 * follower shares (and being throttled for all of them).
 */
export class UpstreamBudget {
  readonly #options: UpstreamBudgetOptions;
  #holdUntil = 0;

  constructor(options: Partial<UpstreamBudgetOptions> = {}) {
    this.#options = { ...DEFAULT_UPSTREAM_BUDGET, ...options };
  }

  /** Reads the rate-limit headers of one answer to the service token. */
  observe(status: number, headers: Headers): void {
    const now = this.#now();
    if (status === 429) {
      const delay = requestedDelay(headers, now) ?? this.#options.fallbackHoldMs;
      this.#holdUntil = Math.max(this.#holdUntil, now + delay);
      return;
    }
    const remaining = count(headers.get('ratelimit-remaining'));
    if (remaining === undefined) return;
    const limit = count(headers.get('ratelimit-limit'));
    const reserve = Math.max(
      this.#options.reserveMin,
      Math.ceil((limit ?? 0) * this.#options.reserveFraction),
    );
    if (remaining > reserve) {
      // A fresh window (or a raised limit): whatever held before is over.
      this.#holdUntil = 0;
      return;
    }
    const resetAt = resetTime(headers, now);
    this.#holdUntil = resetAt ?? now + this.#options.fallbackHoldMs;
  }

  /** Seconds a caller should wait before the service token may be used again; undefined when it may now. */
  retryAfterSeconds(): number | undefined {
    const wait = this.#holdUntil - this.#now();
    return wait > 0 ? Math.max(1, Math.ceil(wait / 1000)) : undefined;
  }

  #now(): number {
    return (this.#options.now ?? Date.now)();
  }
}

function count(value: string | null): number | undefined {
  const trimmed = value?.trim();
  return trimmed && /^\d{1,12}$/.test(trimmed) ? Number(trimmed) : undefined;
}

// GitLab sends `RateLimit-Reset` as Unix seconds (a small number is the draft's delta in seconds).
function resetTime(headers: Headers, now: number): number | undefined {
  const reset = count(headers.get('ratelimit-reset'));
  if (reset === undefined) return undefined;
  return reset > 1e9 ? reset * 1000 : now + reset * 1000;
}
