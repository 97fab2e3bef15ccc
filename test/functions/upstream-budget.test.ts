// The service token's budget: the relay reads GitLab's RateLimit-* headers and holds callers back before GitLab throttles.
import { describe, expect, it } from 'vitest';
import { SharedReads } from '../../functions/upstream/shared-reads.js';
import { UpstreamBudget } from '../../functions/upstream/upstream-budget.js';
import type { FetchFunction } from '../../src/gitlab/client.js';
import { type Harness, relayHarness } from './relay-harness.js';

function clock(start = Date.parse('2026-01-05T10:00:00Z')) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/**
 * A relay whose GitLab answers the service token with the given RateLimit-* headers (and, for
 * `throttle`, 429s the job reads); job-token requests are answered as the emulator does.
 */
function budgetRelay(
  headers: () => Record<string, string>,
  options: {
    throttle?: boolean;
    time?: ReturnType<typeof clock>;
    /** Headers on the answers to the callers' own tokens instead. */
    onCallerTokens?: boolean;
  } = {},
) {
  const time = options.time ?? clock();
  let harness: Harness | undefined;
  const upstreamFetch: FetchFunction = async (input, init) => {
    const emulator = harness?.emulator;
    if (!emulator) throw new Error('no emulator yet');
    const service = new Headers(init?.headers).has('private-token');
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (service && options.throttle && /\/jobs\/\d+$/.test(url.pathname)) {
      throttled++;
      return new Response('Retry later\n', {
        status: 429,
        headers: { 'retry-after': '37', 'content-type': 'text/plain', ...headers() },
      });
    }
    const response = await emulator.fetch(input as never, init);
    if (service === (options.onCallerTokens ?? false)) return response;
    const answer = new Response(response.body, response);
    for (const [name, value] of Object.entries(headers())) answer.headers.set(name, value);
    return answer;
  };
  let throttled = 0;
  harness = relayHarness(
    { SHARE_READS_MS: '1000' },
    {
      upstreamFetch,
      budget: new UpstreamBudget({ now: time.now }),
      sharedReads: new SharedReads({ now: time.now }),
    },
  );
  return { h: harness, time, throttled: () => throttled };
}

describe('the service token budget', () => {
  it('answers 429 with Retry-After, asking GitLab nothing, once the remaining budget reaches the reserve', async () => {
    const time = clock();
    const resetAt = Math.floor(time.now() / 1000) + 42;
    let remaining = 200;
    const { h } = budgetRelay(
      () => ({
        'ratelimit-limit': '2000',
        'ratelimit-remaining': String(remaining),
        'ratelimit-reset': String(resetAt),
      }),
      { time },
    );
    const build = `/api/v4/projects/2/jobs/${h.deployJob('build')}`;
    expect((await h.relay(build)).status).toBe(200);
    // 5% of 2,000 is kept back: at 100 left, the relay holds.
    remaining = 100;
    await (await h.relay('/api/v4/projects/2/jobs')).text();
    const before = h.upstream().length;
    const held = await h.relay(`/api/v4/projects/2/jobs/${h.deployJob('flaky')}`);
    expect(held.status).toBe(429);
    expect(held.headers.get('retry-after')).toBe('42');
    expect(await held.json()).toEqual({ message: expect.stringMatching(/^429 Too Many Requests/) });
    expect(h.upstream().length).toBe(before);
    expect(h.logs).toContainEqual(expect.objectContaining({ event: 'budget-held' }));
    // An action is held too, before anything is sent.
    const play = await h.relay(`/api/v4/projects/2/jobs/${h.deployJob('flaky')}/retry`, {
      method: 'POST',
    });
    expect(play.status).toBe(429);
    expect(h.upstream({ method: 'POST' })).toHaveLength(0);
  });

  it('still serves a read another caller already paid for while it holds', async () => {
    const time = clock();
    let remaining = 500;
    const { h } = budgetRelay(
      () => ({
        'ratelimit-limit': '2000',
        'ratelimit-remaining': String(remaining),
        'ratelimit-reset': String(Math.floor(time.now() / 1000) + 30),
      }),
      { time },
    );
    const build = `/api/v4/projects/2/jobs/${h.deployJob('build')}`;
    remaining = 3;
    expect((await h.relay(build)).status).toBe(200);
    expect((await h.relay(build)).status).toBe(200);
    expect((await h.relay('/api/v4/projects/2/jobs')).status).toBe(429);
  });

  it('lets callers through again once GitLab’s window has reset', async () => {
    const time = clock();
    let remaining = 5;
    const { h } = budgetRelay(
      () => ({
        'ratelimit-limit': '2000',
        'ratelimit-remaining': String(remaining),
        'ratelimit-reset': String(Math.floor(time.now() / 1000) + 10),
      }),
      { time },
    );
    await (await h.relay('/api/v4/projects/2/jobs')).text();
    const trace = `/api/v4/projects/2/jobs/${h.deployJob('build')}/trace`;
    expect((await h.relay(trace)).status).toBe(429);
    time.advance(10_001);
    remaining = 1999;
    expect((await h.relay(trace)).status).toBe(200);
  });

  it("passes GitLab's 429 on with its Retry-After, once, and holds the next callers without asking again", async () => {
    const { h, throttled } = budgetRelay(() => ({}), { throttle: true });
    const build = `/api/v4/projects/2/jobs/${h.deployJob('build')}`;
    const first = await h.relay(build);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('37');
    expect(throttled()).toBe(1);
    const second = await h.relay(build);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(throttled()).toBe(1);
  });

  it('does not count the answers to the callers’ own tokens (GET /job) against the service budget', async () => {
    const time = clock();
    const { h } = budgetRelay(
      () => ({
        'ratelimit-limit': '2000',
        'ratelimit-remaining': '0',
        'ratelimit-reset': String(Math.floor(time.now() / 1000) + 60),
      }),
      { time, onCallerTokens: true },
    );
    expect((await h.relay('/api/v4/job')).status).toBe(200);
    expect((await h.relay('/api/v4/projects/2/jobs')).status).toBe(200);
    expect((await h.relay(`/api/v4/projects/2/jobs/${h.deployJob('build')}`)).status).toBe(200);
  });
});
