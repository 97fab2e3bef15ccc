// Who may call what: token kinds and headers, job tokens on GitLab's few routes, allowlists.
import { describe, expect, it } from 'vitest';
import { asList, callApi } from '../support/call-api.js';
import { emulatorFor, jobNamed, jobTokenOf, TOKENS } from '../support/world.js';

/** jobs-world.yaml with group/app's build running (token `app`) and group/lib's job running (`lib`). */
function withJobTokens() {
  const emulator = emulatorFor('jobs-world.yaml');
  emulator.advance(2_000);
  const app = jobTokenOf(emulator, jobNamed(emulator, 'group/app', 'build').id);
  const lib = jobTokenOf(emulator, jobNamed(emulator, 'group/lib', 'lib-build').id);
  return { emulator, app, lib };
}

describe('personal and OAuth tokens', () => {
  it('accepts an OAuth token as a Bearer token', async () => {
    const result = await callApi(emulatorFor('jobs-world.yaml'), '/projects/10/jobs', {
      token: TOKENS.devOauth,
      auth: 'bearer',
    });
    expect(result.status).toBe(200);
  });

  it('accepts a personal access token as a Bearer token', async () => {
    const result = await callApi(emulatorFor('jobs-world.yaml'), '/projects/10/jobs', {
      token: TOKENS.dev,
      auth: 'bearer',
    });
    expect(result.status).toBe(200);
  });

  it('accepts the private_token query parameter and logs that a token came in the query', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    await callApi(emulator, `/projects/10/jobs?private_token=${TOKENS.dev}`);
    const [entry] = emulator.runtime.requestLog.list();
    expect(entry).toMatchObject({
      status: 200,
      authKind: 'private',
      tokenInQuery: true,
      query: { private_token: '[REDACTED]' },
    });
  });

  it('answers 401 to an unknown token', async () => {
    const result = await callApi(emulatorFor('jobs-world.yaml'), '/projects/10/jobs', {
      token: 'glpat-not-a-real-token',
    });
    expect(result).toMatchObject({ status: 401, body: { message: '401 Unauthorized' } });
  });

  it('logs a fingerprint of the token, never the token', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    await callApi(emulator, '/projects/10/jobs', { token: TOKENS.dev });
    const log = JSON.stringify(emulator.runtime.requestLog.list());
    expect(log).not.toContain(TOKENS.dev);
    expect(emulator.runtime.requestLog.list()[0]?.tokenFingerprint).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('job tokens', () => {
  it('list the jobs of their own project', async () => {
    const { emulator, app } = withJobTokens();
    const result = await callApi(emulator, '/projects/10/jobs', { token: app, auth: 'job' });
    expect(result.status).toBe(200);
  });

  it('list the jobs of a pipeline in their own project', async () => {
    const { emulator, app } = withJobTokens();
    const result = await callApi(emulator, '/projects/10/pipelines/54/jobs', {
      token: app,
      auth: 'job',
    });
    expect(asList(result).map((job) => job.name)).toContain('build');
  });

  it('list the jobs of a project whose allowlist admits their project', async () => {
    const { emulator, app } = withJobTokens();
    const result = await callApi(emulator, '/projects/group%2Flib/jobs', {
      token: app,
      auth: 'job',
    });
    expect(result.status).toBe(200);
  });

  it('get 403 naming both projects where the allowlist does not admit them', async () => {
    const { emulator, app } = withJobTokens();
    const result = await callApi(emulator, '/projects/group%2Fclosed/jobs', {
      token: app,
      auth: 'job',
    });
    expect(result).toMatchObject({
      status: 403,
      body: {
        message:
          '403 Forbidden - Authentication by CI/CD job token not allowed from app to closed.',
      },
    });
  });

  it('get 403 in the other direction too: group/app does not admit group/lib', async () => {
    const { emulator, lib } = withJobTokens();
    const result = await callApi(emulator, '/projects/10/jobs', { token: lib, auth: 'job' });
    expect(result.status).toBe(403);
  });

  it.each([
    ['GET', '/projects/10/jobs/100'],
    ['GET', '/projects/10/jobs/100/trace'],
    ['POST', '/projects/10/jobs/100/cancel'],
    ['POST', '/projects/10/jobs/101/retry'],
    ['POST', '/projects/10/jobs/100/erase'],
    ['POST', '/projects/10/jobs/108/play'],
  ])('get 401 on %s %s, where GitLab does not look for a job token', async (method, path) => {
    const { emulator, app } = withJobTokens();
    const result = await callApi(emulator, path, { token: app, auth: 'job', method });
    expect(result).toMatchObject({ status: 401, body: { message: '401 Unauthorized' } });
    expect(emulator.state.jobs.get(101)?.retried).toBe(false);
  });

  it('get 401 on the lists when the server predates the read-jobs permission', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.loadScenario({
      users: [{ username: 'owner', token: TOKENS.owner }],
      projects: [{ path: 'team/one', members: { owner: 'maintainer' } }],
      pipelines: [{ project: 'team/one', jobs: [{ name: 'long', queue: 0, duration: '1h' }] }],
      server: { jobTokenListAccess: false },
    });
    emulator.advance(1);
    const [live] = emulator.jobTokens();
    const result = await callApi(emulator, '/projects/1/jobs', { token: live?.token, auth: 'job' });
    expect(result.status).toBe(401);
  });

  it.each(['/projects/1/pipelines/1/jobs', '/projects/1/pipelines/1/bridges'])(
    'serve %s to a job token on such a server as to a visitor (authenticate_non_get!)',
    async (path) => {
      const emulator = emulatorFor('jobs-world.yaml');
      emulator.loadScenario({
        users: [{ username: 'owner', token: TOKENS.owner }],
        projects: [{ path: 'team/one', members: { owner: 'maintainer' } }],
        pipelines: [{ project: 'team/one', jobs: [{ name: 'long', queue: 0, duration: '1h' }] }],
        server: { jobTokenListAccess: false, pipelineIdStart: 1 },
      });
      emulator.advance(1);
      const [live] = emulator.jobTokens();
      expect(live?.token).toBeTruthy();
      const result = await callApi(emulator, path, { token: live?.token, auth: 'job' });
      expect(result).toMatchObject({ status: 404, body: { message: '404 Project Not Found' } });
    },
  );
});
