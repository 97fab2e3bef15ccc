// POST /projects/:id/jobs/:job_id/retry: 201 with a new job, the old one retried; 403 otherwise.
import { describe, expect, it } from 'vitest';
import { asObject, callApi } from '../support/call-api.js';
import { emulatorFor, jobNamed, TOKENS } from '../support/world.js';

const dev = { token: TOKENS.dev, method: 'POST' };

describe('POST /projects/:id/jobs/:job_id/retry', () => {
  it('answers 201 with a new pending job with a new id, created by the caller', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const result = await callApi(emulator, '/projects/10/jobs/101/retry', dev);
    expect(result.status).toBe(201);
    expect(asObject(result)).toMatchObject({
      id: 112,
      name: 'flaky',
      status: 'pending',
      started_at: null,
      duration: null,
      user: { username: 'dev' },
    });
  });

  it('takes the next id of the one sequence jobs and bridges share', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const first = asObject(await callApi(emulator, '/projects/10/jobs/101/retry', dev));
    const second = asObject(await callApi(emulator, '/projects/10/jobs/102/retry', dev));
    expect([first.id, second.id]).toEqual([112, 113]);
  });

  it('runs the retry on the clock with the next outcome the scenario scripted', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const retry = asObject(await callApi(emulator, '/projects/10/jobs/101/retry', dev));
    emulator.advance(30_000);
    const job = asObject(
      await callApi(emulator, `/projects/10/jobs/${retry.id}`, { token: TOKENS.dev }),
    );
    expect(job.status).toBe('success');
  });

  it('answers 403 "Job is not retryable" for a job that was already retried', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    await callApi(emulator, '/projects/10/jobs/101/retry', dev);
    const again = await callApi(emulator, '/projects/10/jobs/101/retry', dev);
    expect(again).toMatchObject({
      status: 403,
      body: { message: '403 Forbidden - Job is not retryable' },
    });
  });

  it('answers 403 "Job is not retryable" for a job still running', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(5_000);
    const result = await callApi(
      emulator,
      `/projects/10/jobs/${jobNamed(emulator, 'group/app', 'build').id}/retry`,
      dev,
    );
    expect(result.status).toBe(403);
  });

  it('answers 403 for a job of an archived pipeline', async () => {
    const emulator = emulatorFor('edge-cases.yaml');
    const result = await callApi(emulator, '/projects/1/jobs/1/retry', {
      token: 'glpat-owner-token-0001',
      method: 'POST',
    });
    expect(result).toMatchObject({
      status: 403,
      body: { message: '403 Forbidden - Job is not retryable' },
    });
  });

  it('retries a bridge, which triggers a new downstream pipeline', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const retry = asObject(await callApi(emulator, '/projects/10/jobs/102/retry', dev));
    emulator.advance(1_000);
    const bridge = emulator.state.jobs.get(retry.id as number);
    // Presented with the Job entity (lib/api/ci/jobs.rb), so no downstream_pipeline key.
    expect(retry).not.toHaveProperty('downstream_pipeline');
    expect(retry).toMatchObject({ runner: null, artifacts: [], tag_list: ['bridge'] });
    expect(retry).not.toHaveProperty('runner_manager');
    expect(bridge?.kind).toBe('bridge');
    expect(bridge?.downstreamPipelineId).toBe(56);
  });

  it('answers 403 to a reporter', async () => {
    const result = await callApi(emulatorFor('jobs-world.yaml'), '/projects/10/jobs/101/retry', {
      token: TOKENS.rep,
      method: 'POST',
    });
    expect(result).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
  });
});
