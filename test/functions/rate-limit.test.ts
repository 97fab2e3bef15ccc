// The per-job rate limit: what a job past its rate is told, what is counted, and what is logged (never a token).
import { describe, expect, it } from 'vitest';
import { countingLimiter, relayHarness } from './relay-harness.js';

describe('the per-job rate limit', () => {
  it('answers 429 in GitLab’s shape with the configured period as Retry-After, and asks GitLab nothing more', async () => {
    const limiter = countingLimiter(1);
    const h = relayHarness({ CALLER_RATE_LIMITER: limiter, RATE_LIMIT_PERIOD_SECONDS: '17' });
    expect((await h.relay('/api/v4/projects/2/jobs')).status).toBe(200);
    const before = h.upstream().length;
    const limited = await h.relay('/api/v4/projects/2/jobs');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('17');
    expect(await limited.json()).toEqual({
      message: '429 Too Many Requests - this job is calling the relay too often (jobrelay)',
    });
    // The token is checked (identity comes first), the list is not fetched.
    expect(
      h
        .upstream()
        .slice(before)
        .map((r) => r.path),
    ).not.toContain('/api/v4/projects/2/jobs');
  });

  it('logs who was limited by job id and token fingerprint, never the token', async () => {
    const limiter = countingLimiter(0);
    const h = relayHarness({ CALLER_RATE_LIMITER: limiter });
    expect((await h.relay('/api/v4/projects/2/jobs')).status).toBe(429);
    const line = h.logs.find((l) => l.event === 'rate-limited');
    expect(line).toEqual({ event: 'rate-limited', caller: h.jobId, token: expect.any(String) });
    expect(String(line?.token).length).toBeGreaterThan(0);
    expect(JSON.stringify(h.logs)).not.toContain(h.jobToken);
  });

  it('counts only verified jobs: a token GitLab does not know is refused before the limiter is asked', async () => {
    const limiter = countingLimiter(5);
    const h = relayHarness({ CALLER_RATE_LIMITER: limiter });
    expect(
      (await h.relay('/api/v4/projects/2/jobs', { token: 'not-a-live-job-token-003' })).status,
    ).toBe(401);
    expect(limiter.keys).toEqual([]);
  });

  it('falls back to a 60 s Retry-After when the configured period is not a positive number', async () => {
    const h = relayHarness({
      CALLER_RATE_LIMITER: countingLimiter(0),
      RATE_LIMIT_PERIOD_SECONDS: 'soon',
    });
    expect((await h.relay('/api/v4/job')).headers.get('retry-after')).toBe('60');
  });

  it('limits nothing without the binding', async () => {
    const h = relayHarness();
    for (let i = 0; i < 5; i++) expect((await h.relay('/api/v4/job')).status).toBe(200);
    expect(h.logs.filter((l) => l.event === 'rate-limited')).toEqual([]);
  });
});
