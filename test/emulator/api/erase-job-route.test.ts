// POST /projects/:id/jobs/:job_id/erase: 201 with log and artifacts gone, or 403.
import { describe, expect, it } from 'vitest';
import { asObject, callApi } from '../support/call-api.js';
import { emulatorFor, jobNamed, TOKENS } from '../support/world.js';

const owner = { token: TOKENS.owner, method: 'POST' };

describe('POST /projects/:id/jobs/:job_id/erase', () => {
  it('answers 201 with erased_at set and no artifacts left', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const result = await callApi(emulator, '/projects/10/jobs/100/erase', owner);
    expect(result.status).toBe(201);
    const job = asObject(result);
    expect(job).toMatchObject({
      erased_at: '2024-06-03T09:00:00.000Z',
      artifacts: [],
      artifacts_expire_at: null,
    });
    expect(job).not.toHaveProperty('artifacts_file');
  });

  it('answers 403 "Job is not erasable!" the second time', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    await callApi(emulator, '/projects/10/jobs/100/erase', owner);
    const again = await callApi(emulator, '/projects/10/jobs/100/erase', owner);
    expect(again).toMatchObject({
      status: 403,
      body: { message: '403 Forbidden - Job is not erasable!' },
    });
  });

  it('answers 403 "Job is not erasable!" for a job that has not finished', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(5_000);
    const result = await callApi(
      emulator,
      `/projects/10/jobs/${jobNamed(emulator, 'group/app', 'build').id}/erase`,
      owner,
    );
    expect(result).toMatchObject({
      status: 403,
      body: { message: '403 Forbidden - Job is not erasable!' },
    });
  });

  it('answers 403 Forbidden to a developer who did not run the job', async () => {
    const result = await callApi(emulatorFor('jobs-world.yaml'), '/projects/10/jobs/100/erase', {
      token: TOKENS.dev,
      method: 'POST',
    });
    expect(result).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
  });

  it('lets a developer erase a job they ran', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(60_000);
    const id = jobNamed(emulator, 'group/app', 'build').id;
    const result = await callApi(emulator, `/projects/10/jobs/${id}/erase`, {
      token: TOKENS.dev,
      method: 'POST',
    });
    expect(result.status).toBe(201);
  });
});
