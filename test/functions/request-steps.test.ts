// The middleware between the token and the route: what each step refuses, logs, reads once, and keeps alive.
import { describe, expect, it } from 'vitest';
import { createRelayApp } from '../../functions/relay-app.js';
import type { FetchFunction } from '../../src/gitlab/client.js';
import { type Harness, relayHarness } from './relay-harness.js';

describe('identity', () => {
  it('logs a refused token by its fingerprint and the path, never the token itself', async () => {
    const h = relayHarness();
    const token = 'not-a-live-job-token-004';
    const response = await h.relay('/api/v4/projects/2/jobs', { token });
    expect(response.status).toBe(401);
    const refused = h.logs.filter((l) => l.event === 'refused');
    expect(refused).toEqual([
      {
        event: 'refused',
        reason: expect.any(String),
        token: expect.stringMatching(/^.{12}$/),
        path: '/api/v4/projects/2/jobs',
      },
    ]);
    expect(JSON.stringify(h.logs)).not.toContain(token);
  });
});

describe('the play body', () => {
  it('is read only for a play: another action’s body, whatever its type, is not the relay’s to refuse', async () => {
    const h = relayHarness();
    const id = h.deployJob('flaky');
    const response = await h.relay(`/api/v4/projects/2/jobs/${id}/retry`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'job_variables_attributes[][key]=EVIL',
    });
    expect(response.status).toBe(201);
  });
});

describe('a job read to decide by its name', () => {
  it('is the answer relayed: GitLab is asked for the job once, even with nothing shared between reads', async () => {
    const POLICY = JSON.stringify({
      version: 1,
      rules: [
        {
          caller: { projects: ['demo/app'] },
          allow: ['read'],
          targets: ['demo/deploy'],
          jobs: ['build'],
        },
      ],
    });
    const h = relayHarness({ POLICY, SHARE_READS_MS: '0' });
    const id = h.deployJob('build');
    const path = `/api/v4/projects/demo%2Fdeploy/jobs/${id}`;
    const response = await h.relay(path);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id, name: 'build' });
    expect(h.upstream({ method: 'GET' }).filter((r) => r.path === path)).toHaveLength(1);
  });
});

describe('a single job', () => {
  it('is relayed as JSON with GitLab’s length even when GitLab named no content type', async () => {
    let harness: Harness | undefined;
    const upstreamFetch: FetchFunction = async (input, init) => {
      const response = (await harness?.emulator.fetch(input as never, init)) as Response;
      if (!new URL(response.url || String(input)).pathname.match(/\/jobs\/\d+$/)) return response;
      const body = new Uint8Array(await response.arrayBuffer());
      return new Response(body, {
        status: response.status,
        headers: { 'content-length': String(body.byteLength) },
      });
    };
    harness = relayHarness({}, { upstreamFetch });
    const id = harness.deployJob('build');
    const response = await harness.relay(`/api/v4/projects/2/jobs/${id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toMatchObject({ id, name: 'build' });
  });
});

describe('a shared upstream read', () => {
  it('is handed to the Worker’s waitUntil, so it finishes for the others if its request goes away', async () => {
    const h = relayHarness();
    const app = createRelayApp({ upstreamFetch: h.emulator.fetch, log: () => undefined });
    const kept: Promise<unknown>[] = [];
    const executionCtx = {
      waitUntil: (promise: Promise<unknown>) => void kept.push(promise),
      passThroughOnException: () => undefined,
      props: {},
    };
    const response = await app.request(
      `https://relay.test/api/v4/projects/2/jobs/${h.deployJob('build')}/trace`,
      { headers: { 'JOB-TOKEN': h.jobToken } },
      h.env,
      executionCtx,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('building');
    expect(kept.length).toBeGreaterThan(0);
    await Promise.all(kept);
  });
});
