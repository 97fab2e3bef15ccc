// GET /projects/:id/jobs/:job_id: the job JSON GitLab gives, and its 400, 403 and 404 answers.
import { describe, expect, it } from 'vitest';
import { asObject, callApi } from '../support/call-api.js';
import { emulatorFor, TOKENS } from '../support/world.js';

const owner = { token: TOKENS.owner };

describe('GET /projects/:id/jobs/:job_id', () => {
  it('shows a finished job with every field of GitLab’s job entity', async () => {
    const job = asObject(
      await callApi(emulatorFor('jobs-world.yaml'), '/projects/10/jobs/100', owner),
    );
    expect(Object.keys(job)).toEqual([
      'id',
      'status',
      'stage',
      'name',
      'ref',
      'tag',
      'coverage',
      'allow_failure',
      'created_at',
      'started_at',
      'finished_at',
      'erased_at',
      'duration',
      'queued_duration',
      'user',
      'commit',
      'pipeline',
      'web_url',
      'project',
      'artifacts_file',
      'artifacts',
      'runner',
      'runner_manager',
      'artifacts_expire_at',
      'archived',
      'tag_list',
    ]);
    expect(job).toMatchObject({
      id: 100,
      status: 'success',
      name: 'compile',
      stage: 'build',
      coverage: 91.5,
      web_url: 'http://emulator.local/group/app/-/jobs/100',
      project: { ci_job_token_scope_enabled: false },
      artifacts_file: { filename: 'artifacts.zip', size: 1000 },
      artifacts_expire_at: '2024-07-03T08:00:31.000Z',
      tag_list: ['docker', 'linux'],
      user: { username: 'owner', name: 'Olga Owner', web_url: 'http://emulator.local/owner' },
      pipeline: { id: 50, iid: 1, project_id: 10, ref: 'main', status: 'success', source: 'push' },
    });
  });

  it('lists the uploaded artifacts and the archived log', async () => {
    const job = asObject(
      await callApi(emulatorFor('jobs-world.yaml'), '/projects/10/jobs/100', owner),
    );
    expect(job.artifacts).toEqual([
      { file_type: 'archive', size: 1000, filename: 'artifacts.zip', file_format: 'zip' },
      { file_type: 'junit', size: 750, filename: 'junit.xml.gz', file_format: 'gzip' },
      { file_type: 'trace', size: expect.any(Number), filename: 'job.log', file_format: 'raw' },
    ]);
  });

  it('has no artifacts_file key for a job without an archive', async () => {
    const job = asObject(
      await callApi(emulatorFor('jobs-world.yaml'), '/projects/10/jobs/101', owner),
    );
    expect(job).not.toHaveProperty('artifacts_file');
  });

  it('uses the origin the client reached it at in web URLs', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const response = await emulator.fetch('http://127.0.0.1:4321/api/v4/projects/10/jobs/100', {
      headers: { 'PRIVATE-TOKEN': TOKENS.owner },
    });
    expect(((await response.json()) as { web_url: string }).web_url).toBe(
      'http://127.0.0.1:4321/group/app/-/jobs/100',
    );
  });

  it('shows user null and tag true for a tag pipeline started by nobody, and sorts tag_list', async () => {
    const emulator = emulatorFor('edge-cases.yaml');
    const job = asObject(await callApi(emulator, '/projects/1/jobs/2', owner));
    expect(job).toMatchObject({
      user: null,
      tag: true,
      ref: 'v1.0.0',
      tag_list: ['alpha', 'mid', 'zeta'],
    });
  });

  it('marks the jobs of an archived pipeline as archived', async () => {
    const job = asObject(
      await callApi(emulatorFor('edge-cases.yaml'), '/projects/1/jobs/1', owner),
    );
    expect(job.archived).toBe(true);
  });

  it('answers 404 Not found for a job id the project does not have', async () => {
    const result = await callApi(emulatorFor('jobs-world.yaml'), '/projects/10/jobs/103', owner);
    expect(result).toMatchObject({ status: 404, body: { message: '404 Not found' } });
  });

  it('answers 404 for a bridge, which is not a build', async () => {
    const result = await callApi(emulatorFor('jobs-world.yaml'), '/projects/10/jobs/102', owner);
    expect(result.status).toBe(404);
  });

  it('answers 400 for a job id that is not an integer', async () => {
    const result = await callApi(emulatorFor('jobs-world.yaml'), '/projects/10/jobs/abc', owner);
    expect(result).toMatchObject({ status: 400, body: { error: 'job_id is invalid' } });
  });

  it('shows a guest a job while public pipelines are on, as by default (public_builds)', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const result = await callApi(emulator, '/projects/10/jobs/100', { token: TOKENS.guest });
    expect(result.status).toBe(200);
  });

  it('answers 403 to a guest and 200 to a reporter once public pipelines are off', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.state.project(10).publicBuilds = false;
    expect((await callApi(emulator, '/projects/10/jobs/100', { token: TOKENS.guest })).status).toBe(
      403,
    );
    expect((await callApi(emulator, '/projects/10/jobs/100', { token: TOKENS.rep })).status).toBe(
      200,
    );
  });

  it('answers an unknown API path with Grape’s 404', async () => {
    const result = await callApi(emulatorFor('jobs-world.yaml'), '/projects/10/nothing', owner);
    expect(result).toMatchObject({ status: 404, body: { error: '404 Not Found' } });
  });
});
