// GET /projects/:id/pipelines/:pipeline_id/jobs: totals, retried jobs hidden, scope, 404s, 405.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../src/emulator/create-emulator.js';
import { asList, callApi } from '../support/call-api.js';
import { MANY_JOBS_TOKEN, manyJobsScenario } from '../support/many-jobs.js';
import { emulatorFor, jobNamed, TOKENS } from '../support/world.js';

const owner = { token: TOKENS.owner };
const HISTORY = 50;

describe('GET /projects/:id/pipelines/:pipeline_id/jobs', () => {
  it('lists the pipeline’s jobs newest first, without its bridges', async () => {
    const jobs = asList(
      await callApi(
        emulatorFor('jobs-world.yaml'),
        `/projects/10/pipelines/${HISTORY}/jobs`,
        owner,
      ),
    );
    expect(jobs.map((job) => job.name)).toEqual(['flaky', 'compile']);
  });

  it('sends the totals and rel="last" that the project list leaves out', async () => {
    const emulator = createEmulator({ scenario: manyJobsScenario(45) });
    const result = await callApi(emulator, '/projects/1/pipelines/1/jobs?per_page=20&page=1', {
      token: MANY_JOBS_TOKEN,
    });
    expect(result.headers.get('x-total')).toBe('45');
    expect(result.headers.get('x-total-pages')).toBe('3');
    expect(result.headers.get('link')).toContain(
      // page_href: Grape's params (path ones and defaults too), sorted by Hash#to_query.
      '<http://emulator.local/api/v4/projects/1/pipelines/1/jobs?id=1&include_retried=false&page=3&per_page=20&pipeline_id=1>; rel="last"',
    );
  });

  it('hides a retried job and shows its retry', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const flaky = jobNamed(emulator, 'group/app', 'flaky');
    const retry = await callApi(emulator, `/projects/10/jobs/${flaky.id}/retry`, {
      ...owner,
      method: 'POST',
    });
    const ids = asList(
      await callApi(emulator, `/projects/10/pipelines/${HISTORY}/jobs`, owner),
    ).map((job) => job.id);
    expect(ids).toEqual([(retry.body as { id: number }).id, 100]);
  });

  it('shows retried jobs too with include_retried=true', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const flaky = jobNamed(emulator, 'group/app', 'flaky');
    await callApi(emulator, `/projects/10/jobs/${flaky.id}/retry`, { ...owner, method: 'POST' });
    const jobs = asList(
      await callApi(emulator, `/projects/10/pipelines/${HISTORY}/jobs?include_retried=true`, owner),
    );
    expect(jobs.map((job) => job.name)).toEqual(['flaky', 'flaky', 'compile']);
  });

  it('answers 400 when include_retried is not a boolean', async () => {
    const result = await callApi(
      emulatorFor('jobs-world.yaml'),
      `/projects/10/pipelines/${HISTORY}/jobs?include_retried=maybe`,
      owner,
    );
    expect(result).toMatchObject({ status: 400, body: { error: 'include_retried is invalid' } });
  });

  it('filters by scope', async () => {
    const jobs = asList(
      await callApi(
        emulatorFor('jobs-world.yaml'),
        `/projects/10/pipelines/${HISTORY}/jobs?scope=failed`,
        owner,
      ),
    );
    expect(jobs.map((job) => job.name)).toEqual(['flaky']);
  });

  it('answers 404 Not found for a pipeline of another project', async () => {
    const result = await callApi(
      emulatorFor('jobs-world.yaml'),
      '/projects/10/pipelines/51/jobs',
      owner,
    );
    expect(result).toMatchObject({ status: 404, body: { message: '404 Not found' } });
  });

  it('answers 400 for a pipeline id that is not an integer', async () => {
    const result = await callApi(
      emulatorFor('jobs-world.yaml'),
      '/projects/10/pipelines/latest/jobs',
      owner,
    );
    expect(result).toMatchObject({ status: 400, body: { error: 'pipeline_id is invalid' } });
  });

  it('ignores pagination=keyset and pages by offset (API::Helpers::Pagination#paginate)', async () => {
    const result = await callApi(
      emulatorFor('jobs-world.yaml'),
      `/projects/10/pipelines/${HISTORY}/jobs?pagination=keyset&per_page=1`,
      owner,
    );
    expect(result.status).toBe(200);
    expect(asList(result)).toHaveLength(1);
    expect(result.headers.get('x-next-page')).toBe('2');
    expect(result.headers.get('link')).toContain('pagination=keyset');
  });
});
