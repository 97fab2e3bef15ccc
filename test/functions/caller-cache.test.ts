// The caller cache: 30 s for a running job's identity, 5 s for a refusal, expiry at the instant, bounded size.
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../functions/identity/caller.js';
import { CallerCache, type CallerCacheOptions } from '../../functions/identity/caller-cache.js';

const CALLER: Caller = {
  jobId: 105,
  jobName: 'orchestrate',
  projectId: 1,
  projectPath: 'demo/app',
  pipelineId: 12,
  ref: 'main',
  pipelineSource: 'push',
  protectedRef: undefined,
  environment: undefined,
  idToken: false,
};
const ALLOWED = { caller: CALLER };
const REFUSED = {
  refusal: 'the job token is not valid, or its job is not running',
  status: 401,
} as const;

function cacheAt(options: Partial<CallerCacheOptions> = {}) {
  let now = 1_000_000;
  const cache = new CallerCache({ ...options, now: () => now });
  return { cache, advance: (ms: number) => (now += ms) };
}

describe('CallerCache', () => {
  it("keeps a running job's identity for 30 s, up to the last millisecond", () => {
    const { cache, advance } = cacheAt();
    cache.set('a', ALLOWED);
    advance(29_999);
    expect(cache.get('a')).toEqual(ALLOWED);
    advance(1);
    expect(cache.get('a')).toBeUndefined();
  });

  it('keeps a refusal for 5 s only', () => {
    const { cache, advance } = cacheAt();
    cache.set('a', REFUSED);
    advance(4_999);
    expect(cache.get('a')).toEqual(REFUSED);
    advance(1);
    expect(cache.get('a')).toBeUndefined();
  });

  it('forgets an expired entry for good, even if the clock went back', () => {
    const { cache, advance } = cacheAt();
    cache.set('a', REFUSED);
    advance(5_000);
    expect(cache.get('a')).toBeUndefined();
    advance(-5_000);
    expect(cache.get('a')).toBeUndefined();
  });

  it('knows nothing of a fingerprint it was never given', () => {
    const { cache } = cacheAt();
    cache.set('a', ALLOWED);
    expect(cache.get('b')).toBeUndefined();
  });

  it('stores nothing, and evicts nothing, for a lifetime of 0', () => {
    const { cache } = cacheAt({ negativeTtlMs: 0, maxEntries: 2 });
    cache.set('a', ALLOWED);
    cache.set('b', ALLOWED);
    cache.set('refused', REFUSED);
    expect(cache.get('refused')).toBeUndefined();
    expect(cache.get('a')).toEqual(ALLOWED);
    expect(cache.get('b')).toEqual(ALLOWED);
  });

  it('holds maxEntries entries, then drops the oldest for each new one', () => {
    const { cache } = cacheAt({ maxEntries: 2 });
    cache.set('a', ALLOWED);
    cache.set('b', REFUSED);
    expect(cache.get('a')).toEqual(ALLOWED);
    expect(cache.get('b')).toEqual(REFUSED);
    cache.set('c', ALLOWED);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toEqual(REFUSED);
    expect(cache.get('c')).toEqual(ALLOWED);
    cache.set('d', ALLOWED);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('c'), cache.get('d')]).toEqual([ALLOWED, ALLOWED]);
  });

  it('forgets everything on clear', () => {
    const { cache } = cacheAt();
    cache.set('a', ALLOWED);
    cache.set('b', REFUSED);
    cache.clear();
    expect([cache.get('a'), cache.get('b')]).toEqual([undefined, undefined]);
  });
});

describe('CallerCache: callers known past their lifetime, for renewal', () => {
  it('knows a caller only once its lifetime has passed, and for six hours after', () => {
    const { cache, advance } = cacheAt();
    cache.set('a', ALLOWED);
    expect(cache.knownCaller('a')).toBeUndefined(); // still live: get() serves it
    advance(29_999);
    expect(cache.knownCaller('a')).toBeUndefined();
    advance(1);
    expect(cache.knownCaller('a')).toEqual(ALLOWED);
    advance(6 * 60 * 60 * 1000 - 1);
    expect(cache.knownCaller('a')).toEqual(ALLOWED);
    advance(1);
    expect(cache.knownCaller('a')).toBeUndefined();
  });

  it('never knows a refusal, and forgets a caller once a refusal replaces it', () => {
    const { cache, advance } = cacheAt();
    cache.set('r', REFUSED);
    advance(5_000);
    expect(cache.knownCaller('r')).toBeUndefined();
    cache.set('a', ALLOWED);
    advance(30_000);
    expect(cache.knownCaller('a')).toEqual(ALLOWED);
    cache.set('a', REFUSED);
    advance(5_000);
    expect(cache.knownCaller('a')).toBeUndefined();
  });

  it('keeps a known caller past its lifetime in get() as nothing, and drops it for good after', () => {
    const { cache, advance } = cacheAt({ knownTtlMs: 1_000 });
    cache.set('a', ALLOWED);
    advance(30_000);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.knownCaller('a')).toEqual(ALLOWED);
    advance(1_000);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.knownCaller('a')).toBeUndefined();
  });

  it('renewing a caller does not push another out of a full cache', () => {
    const { cache } = cacheAt({ maxEntries: 2 });
    cache.set('a', ALLOWED);
    cache.set('b', ALLOWED);
    cache.set('a', ALLOWED);
    expect(cache.get('b')).toEqual(ALLOWED);
    cache.set('c', ALLOWED);
    // The oldest by last proof is b now.
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual(ALLOWED);
  });
});
