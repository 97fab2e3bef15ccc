// Who may call: the job-token check, its cache (hit, expiry, finished job, refusals) and the rate limit.
import { env as workerEnv } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { CallerCache } from '../../functions/identity/caller-cache.js';
import { SingleFlight } from '../../functions/identity/single-flight.js';
import { countingLimiter, RELAY_SCENARIO, relayHarness } from './relay-harness.js';

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const jobChecks = (h: ReturnType<typeof relayHarness>) =>
  h.upstream({ path: '/api/v4/job' }).filter((r) => r.path === '/api/v4/job');

describe('the job-token cache', () => {
  it('asks GitLab once for two requests within 30 s (1 upstream request per relayed request when warm)', async () => {
    // Reads not shared, so the second list is read upstream again.
    const h = relayHarness({ SHARE_READS_MS: '0' });
    await h.relay('/api/v4/projects/2/jobs');
    const before = h.upstream().length;
    await h.relay('/api/v4/projects/2/jobs');
    expect(jobChecks(h)).toHaveLength(1);
    expect(h.upstream().length - before).toBe(1);
  });

  it('makes 2 upstream requests for a relayed request with a cold cache, never more', async () => {
    const h = relayHarness();
    await h.relay(`/api/v4/projects/2/jobs/${h.deployJob('build')}`);
    expect(h.upstream().map((r) => r.path)).toEqual([
      '/api/v4/job',
      `/api/v4/projects/2/jobs/${h.deployJob('build')}`,
    ]);
  });

  it("renews a proved token after 30 s by its project's running jobs, not by proving it again", async () => {
    const time = clock();
    const h = relayHarness({}, { cache: new CallerCache({ now: time.now }) });
    await h.relay('/api/v4/projects/2/jobs');
    time.advance(30_001);
    expect((await h.relay('/api/v4/projects/2/jobs')).status).toBe(200);
    expect(jobChecks(h)).toHaveLength(1);
    const listed = h.upstream({ path: '/api/v4/projects/1/jobs' });
    expect(listed).toHaveLength(1);
    // Read with the service token, not the caller's.
    const service = h.upstream({ path: '/api/v4/job' })[0]?.tokenFingerprint;
    expect(listed[0]?.tokenFingerprint).not.toBe(service);
  });

  it("proves the token again when the service token may not read the caller's project", async () => {
    const time = clock();
    const scenario = structuredClone(RELAY_SCENARIO);
    const callerProject = scenario.projects[0] as { members: Record<string, string> };
    callerProject.members = { dev: 'developer' };
    const h = relayHarness({}, { cache: new CallerCache({ now: time.now }) }, scenario);
    await h.relay('/api/v4/projects/2/jobs');
    time.advance(30_001);
    expect((await h.relay('/api/v4/projects/2/jobs')).status).toBe(200);
    expect(jobChecks(h)).toHaveLength(2);
  });

  it('renews fifty callers of one project with one read of its running jobs', async () => {
    const time = clock();
    const scenario = structuredClone(RELAY_SCENARIO);
    const pipeline = scenario.pipelines[2] as { jobs: unknown[] };
    pipeline.jobs = Array.from({ length: 50 }, (_, index) => ({
      name: `orchestrate-${index}`,
      duration: '1h',
    }));
    const h = relayHarness(
      {},
      { cache: new CallerCache({ now: time.now }) },
      {
        ...scenario,
        pipelines: [
          ...scenario.pipelines,
          {
            project: 'demo/app',
            at: '-1m',
            user: 'dev',
            jobs: [{ name: 'orchestrate', duration: '1h' }],
          },
        ],
      },
    );
    const tokens = h.emulator.jobTokens().filter((t) => t.jobName.startsWith('orchestrate-'));
    expect(tokens).toHaveLength(50);
    for (const { token } of tokens) await h.relay('/api/v4/projects/2/jobs', { token });
    time.advance(30_001);
    for (const { token } of tokens) {
      expect((await h.relay('/api/v4/projects/2/jobs', { token })).status).toBe(200);
    }
    expect(jobChecks(h)).toHaveLength(50);
    expect(h.upstream({ path: '/api/v4/projects/1/jobs' })).toHaveLength(1);
  });

  it("stops accepting a finished job's token within the cache lifetime", async () => {
    const time = clock();
    const h = relayHarness({}, { cache: new CallerCache({ now: time.now }) });
    expect((await h.relay('/api/v4/projects/2/jobs')).status).toBe(200);
    h.emulator.advance(2 * 60 * 60 * 1000); // the orchestrate job finishes; its token dies
    time.advance(30_001);
    const response = await h.relay('/api/v4/projects/2/jobs');
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: expect.stringMatching(/^401 Unauthorized/) });
    // Its project's running jobs no longer show it: refused without asking GET /job again.
    expect(jobChecks(h)).toHaveLength(1);
  });

  it('remembers a refused token for a few seconds, then asks again', async () => {
    const time = clock();
    const h = relayHarness({}, { cache: new CallerCache({ now: time.now }) });
    const bad = 'not-a-live-job-token-123';
    expect((await h.relay('/api/v4/projects/2/jobs', { token: bad })).status).toBe(401);
    expect((await h.relay('/api/v4/projects/2/jobs', { token: bad })).status).toBe(401);
    expect(jobChecks(h)).toHaveLength(1);
    time.advance(5_001);
    await h.relay('/api/v4/projects/2/jobs', { token: bad });
    expect(jobChecks(h)).toHaveLength(2);
  });

  it('keys the cache by a SHA-256 of the token, never the token', async () => {
    const h = relayHarness();
    await h.relay('/api/v4/projects/3/jobs');
    const refusal = h.logs.find((l) => l.event === 'decision') as { caller: { token: string } };
    expect(refusal.caller.token).toMatch(/^[0-9a-f]{12}$/);
    expect(JSON.stringify(h.logs)).not.toContain(h.jobToken);
  });
});

describe('concurrent verifications', () => {
  it('cost one GET /job for ten concurrent requests with the same unknown token', async () => {
    const h = relayHarness();
    const bad = 'not-a-live-job-token-456';
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => h.relay('/api/v4/projects/2/jobs', { token: bad })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(401));
    expect(jobChecks(h)).toHaveLength(1);
  });

  it('cost one GET /job for ten concurrent requests with the same live token on a cold cache', async () => {
    const h = relayHarness();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => h.relay('/api/v4/projects/2/jobs')),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(jobChecks(h)).toHaveLength(1);
  });

  it('are not shared between different tokens', async () => {
    const h = relayHarness();
    await Promise.all([
      h.relay('/api/v4/projects/2/jobs', { token: 'not-a-live-job-token-001' }),
      h.relay('/api/v4/projects/2/jobs', { token: 'not-a-live-job-token-002' }),
    ]);
    expect(jobChecks(h)).toHaveLength(2);
  });

  it('are waited for a bounded time: a shared task that never settles does not hold the others', async () => {
    const flight = new SingleFlight<string>({ maxWaitMs: 20 });
    const never = flight.run('key', () => new Promise<string>(() => undefined));
    await expect(flight.run('key', async () => 'own')).resolves.toBe('own');
    void never;
  });
});

describe('the per-job rate limit', () => {
  it('answers 429 with Retry-After once a job passes its limit, keyed by the calling job', async () => {
    const limiter = countingLimiter(2);
    const h = relayHarness({ CALLER_RATE_LIMITER: limiter, RATE_LIMIT_PERIOD_SECONDS: '60' });
    expect((await h.relay('/api/v4/projects/2/jobs')).status).toBe(200);
    expect((await h.relay('/api/v4/projects/2/jobs')).status).toBe(200);
    const limited = await h.relay('/api/v4/projects/2/jobs');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limiter.keys).toEqual([`job:${h.jobId}`, `job:${h.jobId}`, `job:${h.jobId}`]);
  });

  it('uses the Workers rate-limiting binding declared in wrangler.toml', async () => {
    const binding = (
      workerEnv as {
        CALLER_RATE_LIMITER?: { limit(o: { key: string }): Promise<{ success: boolean }> };
      }
    ).CALLER_RATE_LIMITER;
    expect(binding).toBeDefined();
    const h = relayHarness({ CALLER_RATE_LIMITER: binding });
    expect((await h.relay('/api/v4/projects/2/jobs')).status).toBe(200);
  });
});
