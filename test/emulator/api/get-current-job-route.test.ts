// GET /job: the job of a live job token; 404 to personal tokens, 401 to dead or missing ones.
import { describe, expect, it } from 'vitest';
import { asObject, callApi } from '../support/call-api.js';
import { emulatorFor, jobNamed, jobTokenOf, TOKENS } from '../support/world.js';

function withRunningBuild() {
  const emulator = emulatorFor('jobs-world.yaml');
  emulator.advance(2_000);
  const build = jobNamed(emulator, 'group/app', 'build').id;
  return { emulator, build, token: jobTokenOf(emulator, build) };
}

describe('GET /job', () => {
  it('answers the running job of a JOB-TOKEN', async () => {
    const { emulator, build, token } = withRunningBuild();
    const result = await callApi(emulator, '/job', { token, auth: 'job' });
    expect(result.status).toBe(200);
    expect(asObject(result)).toMatchObject({ id: build, name: 'build', status: 'running' });
  });

  it('takes the job token as a Bearer token too', async () => {
    const { emulator, build, token } = withRunningBuild();
    const result = await callApi(emulator, '/job', { token, auth: 'bearer' });
    expect(asObject(result).id).toBe(build);
  });

  it('takes the job token from the job_token query parameter and logs that it came that way', async () => {
    const { emulator, build, token } = withRunningBuild();
    const result = await callApi(emulator, `/job?job_token=${token}`);
    expect(asObject(result).id).toBe(build);
    const [entry] = emulator.runtime.requestLog.list({ path: '/api/v4/job' });
    expect(entry).toMatchObject({
      tokenInQuery: true,
      authKind: 'job',
      query: { job_token: '[REDACTED]' },
    });
  });

  it('gives job tokens in GitLab’s glcbt- format', () => {
    const { token } = withRunningBuild();
    expect(token).toMatch(/^glcbt-[\w-]{32}$/);
  });

  it('answers 401 once the job has finished', async () => {
    const { emulator, token } = withRunningBuild();
    emulator.advance(60_000);
    const result = await callApi(emulator, '/job', { token, auth: 'job' });
    expect(result).toMatchObject({ status: 401, body: { message: '401 Unauthorized' } });
  });

  it('answers 404 Job Not Found to a personal access token', async () => {
    const result = await callApi(emulatorFor('jobs-world.yaml'), '/job', { token: TOKENS.dev });
    expect(result).toMatchObject({ status: 404, body: { message: '404 Job Not Found' } });
  });

  it('answers 401 without any token', async () => {
    const result = await callApi(emulatorFor('jobs-world.yaml'), '/job');
    expect(result.status).toBe(401);
  });
});
