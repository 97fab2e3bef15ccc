// POST /projects/:id/jobs/:job_id/cancel: graceful cancel, manual jobs canceled, 201 on finished jobs too.
import { describe, expect, it } from 'vitest';
import { asObject, callApi } from '../support/call-api.js';
import { emulatorFor, jobNamed, jobTokenOf, TOKENS } from '../support/world.js';

const owner = { token: TOKENS.owner, method: 'POST' };

describe('POST /projects/:id/jobs/:job_id/cancel', () => {
  it('moves a running job to canceling, then canceled after the grace period', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(5_000);
    const id = jobNamed(emulator, 'group/app', 'build').id;
    const result = await callApi(emulator, `/projects/10/jobs/${id}/cancel`, owner);
    expect(result.status).toBe(201);
    expect(asObject(result)).toMatchObject({ status: 'canceling', finished_at: null });
    emulator.advance(2_000);
    const job = asObject(
      await callApi(emulator, `/projects/10/jobs/${id}`, { token: TOKENS.owner }),
    );
    expect(job).toMatchObject({
      status: 'canceled',
      finished_at: '2024-06-03T09:00:07.000Z',
      duration: 6,
    });
  });

  it('keeps the job token alive while canceling and kills it once canceled', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(5_000);
    const id = jobNamed(emulator, 'group/app', 'build').id;
    const token = jobTokenOf(emulator, id);
    await callApi(emulator, `/projects/10/jobs/${id}/cancel`, owner);
    // Ci::AuthJobFinder accepts EXECUTING_STATUSES: running and canceling.
    const during = await callApi(emulator, '/job', { token, auth: 'job' });
    expect(during).toMatchObject({ status: 200, body: { id, status: 'canceling' } });
    emulator.advance(2_000);
    expect((await callApi(emulator, '/job', { token, auth: 'job' })).status).toBe(401);
  });

  it('force-cancels a canceling job for a maintainer, and refuses force to a developer', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(5_000);
    const id = jobNamed(emulator, 'group/app', 'build').id;
    await callApi(emulator, `/projects/10/jobs/${id}/cancel`, owner);
    const dev = await callApi(emulator, `/projects/10/jobs/${id}/cancel?force=true`, {
      token: TOKENS.dev,
      method: 'POST',
    });
    expect(dev).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
    const forced = await callApi(emulator, `/projects/10/jobs/${id}/cancel?force=yes`, owner);
    expect(forced).toMatchObject({
      status: 201,
      body: { status: 'canceled', finished_at: '2024-06-03T09:00:05.000Z' },
    });
  });

  it('answers 400 force is invalid for a value dry-types does not read as a boolean', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const result = await callApi(emulator, '/projects/10/jobs/100/cancel?force=maybe', owner);
    expect(result).toMatchObject({ status: 400, body: { error: 'force is invalid' } });
  });

  it('cancels a pending job straight away', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const id = jobNamed(emulator, 'group/app', 'build').id;
    const result = asObject(await callApi(emulator, `/projects/10/jobs/${id}/cancel`, owner));
    expect(result).toMatchObject({
      status: 'canceled',
      started_at: null,
      finished_at: '2024-06-03T09:00:00.000Z',
    });
  });

  it('skips the jobs that needed a canceled job', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    await callApi(
      emulator,
      `/projects/10/jobs/${jobNamed(emulator, 'group/app', 'build').id}/cancel`,
      owner,
    );
    expect(jobNamed(emulator, 'group/app', 'test').status).toBe('skipped');
  });

  it('answers 201 with a finished job unchanged', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const before = asObject(
      await callApi(emulator, '/projects/10/jobs/100', { token: TOKENS.owner }),
    );
    const result = await callApi(emulator, '/projects/10/jobs/100/cancel', owner);
    expect(result.status).toBe(201);
    expect(result.body).toEqual(before);
  });

  it('cancels a manual job (commit_status.rb: CANCELABLE_STATUSES + [:manual] => :canceled)', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(22_000);
    const deploy = jobNamed(emulator, 'group/app', 'deploy').id;
    const result = await callApi(emulator, `/projects/10/jobs/${deploy}/cancel`, owner);
    expect(result).toMatchObject({
      status: 201,
      body: { status: 'canceled', started_at: null, finished_at: '2024-06-03T09:00:22.000Z' },
    });
    // Still playable (build.rb: `playable?` includes `retryable?`): a play retries it.
    const replay = await callApi(emulator, `/projects/10/jobs/${deploy}/play`, owner);
    expect(replay).toMatchObject({ status: 200, body: { id: deploy, status: 'canceled' } });
    expect(jobNamed(emulator, 'group/app', 'deploy')).toMatchObject({ status: 'pending' });
    expect(jobNamed(emulator, 'group/app', 'deploy').id).toBeGreaterThan(deploy);
  });

  it('answers 403 to a reporter', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const result = await callApi(emulator, '/projects/10/jobs/100/cancel', {
      token: TOKENS.rep,
      method: 'POST',
    });
    expect(result).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
  });

  it('answers 404 for a bridge', async () => {
    const result = await callApi(
      emulatorFor('jobs-world.yaml'),
      '/projects/10/jobs/102/cancel',
      owner,
    );
    expect(result.status).toBe(404);
  });
});
