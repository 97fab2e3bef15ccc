// Many callers, one GitLab: concurrent and recent reads of the same job, list page or log cost one upstream request.
import { describe, expect, it } from 'vitest';
import { SharedReads } from '../../functions/upstream/shared-reads.js';
import { RELAY_SCENARIO, relayHarness } from './relay-harness.js';

/** The relay scenario with three running caller jobs in demo/app, and one in other/secret that the policy lets read nothing. */
const THREE_CALLERS = {
  ...RELAY_SCENARIO,
  pipelines: [
    ...RELAY_SCENARIO.pipelines.map((pipeline) =>
      pipeline.project === 'demo/app'
        ? {
            ...pipeline,
            jobs: ['orchestrate', 'orchestrate-2', 'orchestrate-3'].map((name) => ({
              name,
              duration: '1h',
              trace: ['orchestrating'],
            })),
          }
        : pipeline,
    ),
    {
      project: 'other/secret',
      at: '-1m',
      user: 'service',
      jobs: [{ name: 'intruder', duration: '1h' }],
    },
  ],
};

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function threeCallers(env: Record<string, string> = {}, time = clock()) {
  const h = relayHarness(env, { sharedReads: new SharedReads({ now: time.now }) }, THREE_CALLERS);
  const tokens = h.emulator
    .jobTokens()
    .filter((t) => t.jobName.startsWith('orchestrate'))
    .map((t) => t.token);
  return { h, tokens, time };
}

const serviceReads = (h: ReturnType<typeof relayHarness>, path: string) =>
  h.upstream({ method: 'GET' }).filter((r) => r.path === path);

describe('shared upstream reads', () => {
  it('serves concurrent reads of one job by three callers with one upstream request', async () => {
    const { h, tokens } = threeCallers();
    expect(tokens).toHaveLength(3);
    const path = `/api/v4/projects/2/jobs/${h.deployJob('build')}`;
    const answers = await Promise.all(
      [...tokens, ...tokens].map((token) => h.relay(path, { token })),
    );
    const bodies = await Promise.all(answers.map((answer) => answer.text()));
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(200));
    expect(new Set(bodies).size).toBe(1);
    expect(JSON.parse(bodies[0] as string)).toMatchObject({ name: 'build' });
    expect(serviceReads(h, path)).toHaveLength(1);
  });

  it('serves concurrent log reads from different offsets with one upstream request, each its own bytes', async () => {
    const { h, tokens } = threeCallers();
    const path = `/api/v4/projects/2/jobs/${h.deployJob('build')}/trace`;
    const whole = await (await h.relay(path)).text();
    expect(whole.length).toBeGreaterThan(4);
    const offsets = [0, 2, 4];
    const answers = await Promise.all(
      offsets.map((offset, index) =>
        h.relay(path, { token: tokens[index] ?? null, headers: { range: `bytes=${offset}-` } }),
      ),
    );
    for (const [index, answer] of answers.entries()) {
      expect(answer.status).toBe(206);
      expect(await answer.text()).toBe(whole.slice(offsets[index]));
    }
    expect(serviceReads(h, path)).toHaveLength(1);
  });

  it('reuses a finished read for a second, then asks GitLab again', async () => {
    const { h, time } = threeCallers();
    const path = '/api/v4/projects/2/jobs';
    await (await h.relay(path)).text();
    time.advance(900);
    await (await h.relay(path)).text();
    expect(serviceReads(h, path)).toHaveLength(1);
    time.advance(200);
    await (await h.relay(path)).text();
    expect(serviceReads(h, path)).toHaveLength(2);
  });

  it('asks GitLab afresh after an action: a read kept from before a play would show the job manual', async () => {
    const { h } = threeCallers();
    const id = h.deployJob('deploy-staging');
    const path = `/api/v4/projects/demo%2Fdeploy/jobs/${id}`;
    const before = (await (await h.relay(path)).json()) as { status: string };
    expect(before.status).toBe('manual');
    expect((await h.relay(`${path}/play`, { method: 'POST' })).status).toBe(200);
    const after = (await (await h.relay(path)).json()) as { status: string };
    expect(after.status).not.toBe('manual');
    expect(serviceReads(h, path).length).toBeGreaterThanOrEqual(2);
  });

  it('shares nothing when SHARE_READS_MS is 0', async () => {
    const { h } = threeCallers({ SHARE_READS_MS: '0' });
    const path = `/api/v4/projects/2/jobs/${h.deployJob('build')}`;
    await Promise.all(
      [h.relay(path), h.relay(path), h.relay(path)].map(async (a) => (await a).text()),
    );
    expect(serviceReads(h, path)).toHaveLength(3);
  });

  it('still decides the policy for each caller: a shared answer never reaches a refused one', async () => {
    const { h } = threeCallers();
    const intruder = h.emulator.jobTokens().find((t) => t.jobName === 'intruder')?.token;
    expect(intruder).toBeDefined();
    const path = `/api/v4/projects/2/jobs/${h.deployJob('build')}`;
    const [allowed, refused] = await Promise.all([
      h.relay(path),
      h.relay(path, { token: intruder ?? null }),
    ]);
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toMatchObject({ name: 'build' });
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain('build');
    // And once the answer is kept, the refused caller still gets nothing of it.
    const again = await h.relay(path, { token: intruder ?? null });
    expect(again.status).toBe(403);
    expect(serviceReads(h, path)).toHaveLength(1);
  });
});

describe('a shared read whose body stalls', () => {
  // A body GitLab stops sending: open, one chunk, then nothing.
  function stalledResponse(): Response {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"partial":'));
      },
    });
    return new Response(body, { headers: { 'content-length': '100' } });
  }

  it('is handed to new readers only while it has streamed for less than maxStreamingMs', async () => {
    const time = clock();
    const shared = new SharedReads({ now: time.now, maxStreamingMs: 30_000 });
    let opened = 0;
    const spec = {
      open: async () => {
        opened++;
        return stalledResponse();
      },
    };
    await shared.read('https://gitlab.test/api/v4/x', spec);
    time.advance(29_000);
    expect(shared.has('https://gitlab.test/api/v4/x')).toBe(true);
    await shared.read('https://gitlab.test/api/v4/x', spec);
    expect(opened).toBe(1);
    time.advance(1_000);
    expect(shared.has('https://gitlab.test/api/v4/x')).toBe(false);
    await shared.read('https://gitlab.test/api/v4/x', spec);
    expect(opened).toBe(2);
  });
});
