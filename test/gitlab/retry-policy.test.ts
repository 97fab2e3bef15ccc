// The delay before a retry: what GitLab asked for, or capped backoff with jitter.
import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  requestedDelay,
} from '../../src/gitlab/retry-policy.js';

describe('requestedDelay', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');

  it('reads Retry-After in seconds', () => {
    expect(requestedDelay(new Headers({ 'retry-after': '7' }), now)).toBe(7000);
  });

  it('reads Retry-After as an HTTP date', () => {
    expect(
      requestedDelay(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }), now),
    ).toBe(30_000);
  });

  it('reads RateLimit-Reset as Unix seconds when there is no Retry-After', () => {
    expect(requestedDelay(new Headers({ 'ratelimit-reset': String(now / 1000 + 12) }), now)).toBe(
      12_000,
    );
  });

  it('prefers Retry-After to RateLimit-Reset', () => {
    const headers = new Headers({ 'retry-after': '2', 'ratelimit-reset': String(now / 1000 + 60) });
    expect(requestedDelay(headers, now)).toBe(2000);
  });

  it('is undefined without either header, or with garbage', () => {
    expect(requestedDelay(new Headers(), now)).toBeUndefined();
    expect(requestedDelay(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('doubles from the base and stays between half and all of the ceiling', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, backoffBaseMs: 100, backoffLimitMs: 1000 };
    expect(backoffDelay(policy, 1, () => 0)).toBe(50);
    expect(backoffDelay(policy, 1, () => 1)).toBe(100);
    expect(backoffDelay(policy, 3, () => 1)).toBe(400);
  });

  it('never exceeds the limit', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, backoffBaseMs: 100, backoffLimitMs: 1000 };
    expect(backoffDelay(policy, 20, () => 1)).toBe(1000);
  });
});
