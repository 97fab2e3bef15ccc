// POST /projects/:id/jobs/:job_id/play: 200, 400 Unplayable Job, variables in JSON or form.
import { describe, expect, it } from 'vitest';
import { asObject, callApi } from '../support/call-api.js';
import { emulatorFor, jobNamed, TOKENS } from '../support/world.js';

const dev = { token: TOKENS.dev, method: 'POST' };

/** jobs-world.yaml at the moment deploy has become manual. */
function withManualDeploy() {
  const emulator = emulatorFor('jobs-world.yaml');
  emulator.advance(22_000);
  return { emulator, deploy: jobNamed(emulator, 'group/app', 'deploy').id };
}

describe('POST /projects/:id/jobs/:job_id/play', () => {
  it('answers 200 (not 201) with the job pending, now run by the caller', async () => {
    const { emulator, deploy } = withManualDeploy();
    const result = await callApi(emulator, `/projects/10/jobs/${deploy}/play`, dev);
    expect(result.status).toBe(200);
    expect(asObject(result)).toMatchObject({
      id: deploy,
      status: 'pending',
      user: { username: 'dev' },
    });
  });

  it('records the variables sent as JSON', async () => {
    const { emulator, deploy } = withManualDeploy();
    await callApi(emulator, `/projects/10/jobs/${deploy}/play`, {
      ...dev,
      body: {
        job_variables_attributes: [
          { key: 'TARGET', value: 'eu-1' },
          { key: 'DRY_RUN', value: 'false' },
        ],
      },
    });
    expect(emulator.state.jobs.get(deploy)?.playVariables).toEqual([
      { key: 'TARGET', value: 'eu-1' },
      { key: 'DRY_RUN', value: 'false' },
    ]);
  });

  it('records the variables sent form-encoded, as Grape reads job_variables_attributes[][key]', async () => {
    const { emulator, deploy } = withManualDeploy();
    const body = new URLSearchParams([
      ['job_variables_attributes[][key]', 'TARGET'],
      ['job_variables_attributes[][value]', 'eu-1'],
      ['job_variables_attributes[][key]', 'MODE'],
      ['job_variables_attributes[][value]', 'blue'],
    ]);
    const result = await callApi(emulator, `/projects/10/jobs/${deploy}/play`, { ...dev, body });
    expect(result.status).toBe(200);
    expect(emulator.state.jobs.get(deploy)?.playVariables).toEqual([
      { key: 'TARGET', value: 'eu-1' },
      { key: 'MODE', value: 'blue' },
    ]);
  });

  it('records the variables sent in the query string', async () => {
    const { emulator, deploy } = withManualDeploy();
    const query = 'job_variables_attributes[0][key]=TARGET&job_variables_attributes[0][value]=eu-2';
    await callApi(emulator, `/projects/10/jobs/${deploy}/play?${query}`, dev);
    expect(emulator.state.jobs.get(deploy)?.playVariables).toEqual([
      { key: 'TARGET', value: 'eu-2' },
    ]);
  });

  it('answers 400 Unplayable Job while the job is still created (its needs unfinished)', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const result = await callApi(
      emulator,
      `/projects/10/jobs/${jobNamed(emulator, 'group/app', 'deploy').id}/play`,
      dev,
    );
    expect(result).toMatchObject({
      status: 400,
      body: { message: '400 Bad request - Unplayable Job' },
    });
  });

  it('refuses a second play and keeps the first variables', async () => {
    const { emulator, deploy } = withManualDeploy();
    await callApi(emulator, `/projects/10/jobs/${deploy}/play`, {
      ...dev,
      body: { job_variables_attributes: [{ key: 'TARGET', value: 'first' }] },
    });
    const second = await callApi(emulator, `/projects/10/jobs/${deploy}/play`, {
      ...dev,
      body: { job_variables_attributes: [{ key: 'TARGET', value: 'second' }] },
    });
    expect(second.status).toBe(400);
    expect(emulator.state.jobs.get(deploy)?.playVariables).toEqual([
      { key: 'TARGET', value: 'first' },
    ]);
  });

  it('answers 400 with Grape’s message for a variable without a key, and the job stays manual', async () => {
    const { emulator, deploy } = withManualDeploy();
    const result = await callApi(emulator, `/projects/10/jobs/${deploy}/play`, {
      ...dev,
      body: { job_variables_attributes: [{ value: 'orphan' }] },
    });
    expect(result).toMatchObject({
      status: 400,
      body: { error: 'job_variables_attributes[0][key] is missing' },
    });
    expect(emulator.state.jobs.get(deploy)?.status).toBe('manual');
  });

  it('answers 400 for a variable key outside GitLab’s letters, digits and underscore', async () => {
    const { emulator, deploy } = withManualDeploy();
    const result = await callApi(emulator, `/projects/10/jobs/${deploy}/play`, {
      ...dev,
      body: { job_variables_attributes: [{ key: 'NOT-OK', value: 'x' }] },
    });
    expect(result).toMatchObject({
      status: 400,
      body: { message: { 'job_variables.key': ["can contain only letters, digits and '_'."] } },
    });
    expect(emulator.state.jobs.get(deploy)?.status).toBe('manual');
  });

  it('answers 400 for a variable key longer than 255 characters', async () => {
    const { emulator, deploy } = withManualDeploy();
    const result = await callApi(emulator, `/projects/10/jobs/${deploy}/play`, {
      ...dev,
      body: { job_variables_attributes: [{ key: 'K'.repeat(256), value: 'x' }] },
    });
    expect(result.status).toBe(400);
  });

  it('retries a finished manual job played again, answering with the ORIGINAL job', async () => {
    const { emulator, deploy } = withManualDeploy();
    await callApi(emulator, `/projects/10/jobs/${deploy}/play`, dev);
    emulator.advance(60_000);
    const result = await callApi(emulator, `/projects/10/jobs/${deploy}/play`, dev);
    // lib/api/ci/jobs.rb: `job.play(...)` then `present job` — the job named, now retried.
    expect(result.status).toBe(200);
    expect(asObject(result)).toMatchObject({ id: deploy, status: 'success' });
    const retry = jobNamed(emulator, 'group/app', 'deploy');
    expect(retry.id).toBeGreaterThan(deploy);
    expect(retry.status).toBe('pending');
  });

  it('answers 400 Unplayable Job for a job that is not manual', async () => {
    const result = await callApi(emulatorFor('jobs-world.yaml'), '/projects/10/jobs/100/play', dev);
    expect(result.status).toBe(400);
  });

  it('answers 403 to a reporter', async () => {
    const { emulator, deploy } = withManualDeploy();
    const result = await callApi(emulator, `/projects/10/jobs/${deploy}/play`, {
      token: TOKENS.rep,
      method: 'POST',
    });
    expect(result).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
  });

  it('runs the played job on the clock to its end', async () => {
    const { emulator, deploy } = withManualDeploy();
    await callApi(emulator, `/projects/10/jobs/${deploy}/play`, dev);
    emulator.advance(6_000);
    expect(emulator.state.jobs.get(deploy)?.status).toBe('success');
  });
});
