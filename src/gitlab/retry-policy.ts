// Retry options as data, and the delay before each retry (backoff with jitter, or what GitLab asked for).

/** How the core retries a request; POST is never retried after it may have reached GitLab. */
export interface RetryPolicy {
  /** Retries after the first attempt (0 disables retrying). */
  limit: number;
  /** Statuses a GET is retried on. */
  statusCodes: readonly number[];
  /** First backoff delay, doubled on each retry. */
  backoffBaseMs: number;
  /** Cap on one backoff delay. */
  backoffLimitMs: number;
  /** A `Retry-After` longer than this is not waited for: the 429 is thrown with `retryAfterMs`. */
  maxRetryAfterMs: number;
  /** Pause before reading a job back after a POST whose outcome is unknown. */
  readBackDelayMs: number;
}

/**
 * The answers that say "try again later": a request timeout (408), throttling (429), and GitLab
 * or a gateway failing (500, 502, 503, 504). A GET is retried on them, and a long wait polls on.
 */
export const TRANSIENT_STATUSES: readonly number[] = Object.freeze([408, 429, 500, 502, 503, 504]);

/** The defaults: 4 retries, 0.5 s doubling to at most 30 s, Retry-After honoured up to 2 min. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  limit: 4,
  statusCodes: TRANSIENT_STATUSES,
  backoffBaseMs: 500,
  backoffLimitMs: 30_000,
  maxRetryAfterMs: 120_000,
  readBackDelayMs: 1_000,
});

/** Exponential backoff with equal jitter (half fixed, half random) for retry number `retry` (1-based). */
export function backoffDelay(policy: RetryPolicy, retry: number, random = Math.random): number {
  const ceiling = Math.min(policy.backoffLimitMs, policy.backoffBaseMs * 2 ** (retry - 1));
  // Half fixed, half random: spreads clients out without ever retrying instantly.
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * The delay GitLab asked for, in ms: `Retry-After` (seconds or an HTTP date) first, then
 * `RateLimit-Reset` (Unix seconds). Undefined when neither is usable.
 */
export function requestedDelay(headers: Headers, now = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Math.ceil(Number(retryAfter) * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = headers.get('ratelimit-reset')?.trim();
  if (reset && /^\d+$/.test(reset)) {
    const value = Number(reset);
    // GitLab sends Unix seconds; a small number is a delta in seconds (the IETF draft's form).
    const ms = value > 1e9 ? value * 1000 - now : value * 1000;
    return Math.max(0, Math.ceil(ms));
  }
  return undefined;
}
