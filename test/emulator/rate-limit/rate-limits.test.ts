// Rate limits: Rack::Attack throttles with their headers, and endpoint limits with their body.
import { describe, expect, it } from 'vitest';
import { callApi } from '../support/call-api.js';
import { emulatorFor, TOKENS } from '../support/world.js';

const owner = { token: TOKENS.owner };

describe('a throttle', () => {
  it('answers 429 "Retry later" with Retry-After and RateLimit-* once the limit is passed', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.runtime.rateLimiter.setRules([{ limit: 2, window: '1m' }]);
    emulator.advance(15_000);
    await callApi(emulator, '/projects/10/jobs', owner);
    await callApi(emulator, '/projects/10/jobs', owner);
    const result = await callApi(emulator, '/projects/10/jobs', owner);
    expect(result).toMatchObject({ status: 429, text: 'Retry later\n' });
    expect(
      Object.fromEntries(
        [...result.headers].filter(([name]) => /^(retry-after|ratelimit-)/.test(name)),
      ),
    ).toEqual({
      'retry-after': '45',
      'ratelimit-name': 'throttle_authenticated_api',
      'ratelimit-limit': '2',
      'ratelimit-observed': '3',
      'ratelimit-remaining': '0',
      'ratelimit-reset': String(Date.parse('2024-06-03T09:01:00Z') / 1000),
      'ratelimit-resettime': 'Mon, 03 Jun 2024 09:01:00 GMT',
    });
  });

  it('lets the caller through again in the next window', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.runtime.rateLimiter.setRules([{ limit: 1, window: '1m' }]);
    await callApi(emulator, '/projects/10/jobs', owner);
    expect((await callApi(emulator, '/projects/10/jobs', owner)).status).toBe(429);
    emulator.advance(60_000);
    expect((await callApi(emulator, '/projects/10/jobs', owner)).status).toBe(200);
  });

  it('counts each caller apart', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.runtime.rateLimiter.setRules([{ limit: 1, window: '1m' }]);
    await callApi(emulator, '/projects/10/jobs', owner);
    expect((await callApi(emulator, '/projects/10/jobs', { token: TOKENS.dev })).status).toBe(200);
  });

  it('does not apply the throttled request', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.runtime.rateLimiter.setRules([
      { route: 'POST /projects/:id/jobs/:job_id/retry', limit: 0 },
    ]);
    await callApi(emulator, '/projects/10/jobs/101/retry', { ...owner, method: 'POST' });
    expect(emulator.state.jobs.get(101)?.retried).toBe(false);
  });
});

describe('an application limit', () => {
  it('answers 429 with GitLab’s message object and no rate limit headers', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.runtime.rateLimiter.setRules([
      { route: 'GET /projects/:id/jobs', limit: 0, kind: 'application' },
    ]);
    const result = await callApi(emulator, '/projects/10/jobs', owner);
    expect(result).toMatchObject({
      status: 429,
      body: {
        message: { error: 'This endpoint has been requested too many times. Try again later.' },
      },
    });
    expect(result.headers.has('retry-after')).toBe(false);
    expect(result.headers.has('ratelimit-limit')).toBe(false);
  });

  it('is configured from the scenario', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.loadScenario({
      users: [{ username: 'owner', token: TOKENS.owner }],
      projects: [{ path: 'team/one', members: { owner: 'maintainer' } }],
      server: { rateLimits: [{ route: 'GET /projects/:id/jobs', limit: 1, kind: 'application' }] },
    });
    await callApi(emulator, '/projects/1/jobs', owner);
    expect((await callApi(emulator, '/projects/1/jobs', owner)).status).toBe(429);
  });
});
