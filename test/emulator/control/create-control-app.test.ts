// The control API under /-/emulator: scenarios, state, clock, faults, request log, tokens, limits.
import { describe, expect, it } from 'vitest';
import { ORIGIN } from '../support/call-api.js';
import { emulatorFor, fixtureText, jobNamed, TOKENS } from '../support/world.js';

type Emulator = ReturnType<typeof emulatorFor>;

async function control(
  emulator: Emulator,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await emulator.fetch(`${ORIGIN}/-/emulator${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown> & unknown[]) : null,
  };
}

describe('the control API', () => {
  it('loads a YAML scenario posted to /scenario', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const result = await control(emulator, 'POST', '/scenario', fixtureText('lifecycle.yaml'));
    expect(result.status).toBe(200);
    expect([...emulator.state.projects.values()].map((project) => project.fullPath)).toEqual([
      'team/svc',
      'team/downstream',
    ]);
  });

  it('refuses a bad scenario with 400 and its issues, lines included', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const result = await control(emulator, 'POST', '/scenario', fixtureText('invalid-needs.yaml'));
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      error: 'invalid scenario',
      issues: [{ path: 'pipelines[0].jobs[1].needs[0]', line: 11 }],
    });
  });

  it('shows the state with played variables and without tokens', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(22_000);
    const deploy = jobNamed(emulator, 'group/app', 'deploy').id;
    await emulator.fetch(`${ORIGIN}/api/v4/projects/10/jobs/${deploy}/play`, {
      method: 'POST',
      headers: { 'PRIVATE-TOKEN': TOKENS.dev, 'content-type': 'application/json' },
      body: JSON.stringify({ job_variables_attributes: [{ key: 'TARGET', value: 'eu-1' }] }),
    });
    const state = (await control(emulator, 'GET', '/state')).body as unknown as {
      jobs: Array<Record<string, unknown>>;
    };
    expect(state.jobs.find((job) => job.id === deploy)).toMatchObject({
      status: 'pending',
      playedBy: 'dev',
      playVariables: [{ key: 'TARGET', value: 'eu-1' }],
    });
    expect(JSON.stringify(state)).not.toContain('glpat-');
    expect(JSON.stringify(state)).not.toContain('glcbt-');
  });

  it('advances the virtual clock and plays the state forward', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const result = await control(emulator, 'POST', '/clock/advance', { ms: 12_000 });
    expect(result.body).toMatchObject({ now: '2024-06-03T09:00:12.000Z', mode: 'virtual' });
    expect(jobNamed(emulator, 'group/app', 'build').status).toBe('success');
  });

  it('switches the clock to real time and back', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    expect(
      (await control(emulator, 'POST', '/clock', { mode: 'real', speed: 5 })).body,
    ).toMatchObject({ mode: 'real', speed: 5 });
    expect((await control(emulator, 'POST', '/clock', { mode: 'virtual' })).body).toMatchObject({
      mode: 'virtual',
    });
    emulator.dispose();
  });

  it('arms faults and disarms them all', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const armed = await control(emulator, 'POST', '/faults', {
      route: 'POST /projects/:id/jobs/:job_id/play',
      times: 2,
      kind: 'reset',
    });
    expect(armed).toMatchObject({ status: 201, body: [{ id: 1, remaining: 2 }] });
    expect((await control(emulator, 'GET', '/faults')).body).toEqual([
      { id: 1, route: 'POST /projects/:id/jobs/:job_id/play', remaining: 2 },
    ]);
    await control(emulator, 'DELETE', '/faults');
    expect((await control(emulator, 'GET', '/faults')).body).toEqual([]);
  });

  it('refuses a malformed fault with 400', async () => {
    const result = await control(emulatorFor('jobs-world.yaml'), 'POST', '/faults', {
      route: 'play it',
      kind: 'explode',
    });
    expect(result.status).toBe(400);
  });

  it('lists the requests GitLab received, filtered by method, and clears them', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    await emulator.fetch(`${ORIGIN}/api/v4/projects/10/jobs`, {
      headers: { 'PRIVATE-TOKEN': TOKENS.owner },
    });
    await emulator.fetch(`${ORIGIN}/api/v4/projects/10/jobs/101/retry`, {
      method: 'POST',
      headers: { 'JOB-TOKEN': 'glcbt-dead' },
    });
    const posts = (await control(emulator, 'GET', '/requests?method=POST')).body;
    expect(posts).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/api/v4/projects/10/jobs/101/retry',
        status: 401,
        authKind: 'job',
        applied: true,
      }),
    ]);
    await control(emulator, 'DELETE', '/requests');
    expect((await control(emulator, 'GET', '/requests')).body).toEqual([]);
  });

  it('lists the tokens of running jobs, real tokens by design', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(2_000);
    const tokens = (await control(emulator, 'GET', '/job-tokens')).body;
    expect(tokens).toEqual([
      expect.objectContaining({
        jobName: 'build',
        project: 'group/app',
        token: expect.stringMatching(/^glcbt-/),
      }),
      expect.objectContaining({ jobName: 'lib-build', project: 'group/lib' }),
    ]);
  });

  it('sets and clears rate limits', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    await control(emulator, 'PUT', '/rate-limits', [{ limit: 0 }]);
    const throttled = await emulator.fetch(`${ORIGIN}/api/v4/projects/10/jobs`, {
      headers: { 'PRIVATE-TOKEN': TOKENS.owner },
    });
    expect(throttled.status).toBe(429);
    await control(emulator, 'DELETE', '/rate-limits');
    const free = await emulator.fetch(`${ORIGIN}/api/v4/projects/10/jobs`, {
      headers: { 'PRIVATE-TOKEN': TOKENS.owner },
    });
    expect(free.status).toBe(200);
  });

  it('requires the control token when one is configured', async () => {
    const emulator = emulatorFor('jobs-world.yaml', { controlToken: 'let-me-in' });
    expect((await control(emulator, 'GET', '/state')).status).toBe(401);
    expect(
      (
        await control(emulator, 'GET', '/state', undefined, {
          'x-emulator-control-token': 'let-me-in',
        })
      ).status,
    ).toBe(200);
  });

  it('names the field of an invalid request as the core names fields', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const result = await control(emulator, 'PUT', '/rate-limits', [{ limit: 5 }, { limit: -1 }]);
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      error: 'invalid request',
      issues: [{ path: '[1].limit' }],
    });
  });
});
