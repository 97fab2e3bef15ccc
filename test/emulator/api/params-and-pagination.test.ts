// Parameters as Grape coerces and validates them, and pages as Kaminari and GitLab's page_href serve them.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../src/emulator/create-emulator.js';
import { paginateOffset, readPageRequest } from '../../../src/emulator/http/offset-pagination.js';
import { asList, asObject, callApi } from '../support/call-api.js';
import { MANY_JOBS_TOKEN, manyJobsScenario } from '../support/many-jobs.js';
import { emulatorFor, jobNamed, TOKENS } from '../support/world.js';

const auth = { token: MANY_JOBS_TOKEN };
const owner = { token: TOKENS.owner };
const many = () => createEmulator({ scenario: manyJobsScenario(45) });

describe('page and per_page (lib/api/pagination_params.rb, Kaminari)', () => {
  it('refuses per_page=0 (except_values: [0])', async () => {
    const result = await callApi(many(), '/projects/1/jobs?per_page=0', auth);
    expect(result).toMatchObject({
      status: 400,
      body: { error: 'per_page has a value not allowed' },
    });
  });

  it('serves 100 for per_page=1000 while its links keep the 1000 asked for', async () => {
    const result = await callApi(many(), '/projects/1/pipelines/1/jobs?per_page=1000', auth);
    expect(result.headers.get('x-per-page')).toBe('100');
    expect(asList(result)).toHaveLength(45);
    expect(result.headers.get('link')).toContain('per_page=1000');
  });

  it('serves the default 20 for a negative per_page', async () => {
    const result = await callApi(many(), '/projects/1/jobs?per_page=-1', auth);
    expect(result.headers.get('x-per-page')).toBe('20');
    expect(asList(result)).toHaveLength(20);
  });

  it.each(['0', '-3', ''])('serves page 1 for page=%j', async (page) => {
    const result = await callApi(many(), `/projects/1/jobs?page=${page}&per_page=10`, auth);
    expect(result.status).toBe(200);
    expect(result.headers.get('x-page')).toBe('1');
    expect(asList(result)[0]?.id).toBe(45);
  });

  it('reads page as Ruby’s Integer(value, 10) does: " 2", "+2" and "0_2" are page 2', async () => {
    for (const page of ['%202', '%2B2', '0_2']) {
      const result = await callApi(many(), `/projects/1/jobs?page=${page}&per_page=10`, auth);
      expect(result.headers.get('x-page')).toBe('2');
    }
  });

  it('answers a page past the end with no previous page, as out of range', async () => {
    const result = await callApi(many(), '/projects/1/pipelines/1/jobs?page=9&per_page=10', auth);
    expect(result.status).toBe(200);
    expect(asList(result)).toEqual([]);
    expect(result.headers.get('x-page')).toBe('9');
    expect(result.headers.get('x-prev-page')).toBe('');
    expect(result.headers.get('x-next-page')).toBe('');
    expect(result.headers.get('link')).not.toContain('rel="prev"');
    expect(result.headers.get('x-total')).toBe('45');
  });

  it('stops counting a list past 10,000 rows (MAX_COUNT_LIMIT)', async () => {
    // Straight through paginateOffset: a 10,001-job scenario takes the emulator too long to build.
    const app = new Hono();
    app.get('/list', (c) => {
      const rows = Array.from({ length: 10_001 }, (_, index) => index);
      return c.json(paginateOffset(c, rows, readPageRequest({ page: 1, per_page: 1 }), true));
    });
    const result = await app.request('/list');
    expect(await result.json()).toEqual([0]);
    expect(result.headers.has('x-total')).toBe(false);
    expect(result.headers.has('x-total-pages')).toBe(false);
    expect(result.headers.get('link')).not.toContain('rel="last"');
    expect(result.headers.get('x-next-page')).toBe('2');
  });
});

describe('validation errors (Grape)', () => {
  it('reports every invalid parameter at once, in declaration order', async () => {
    const result = await callApi(many(), '/projects/1/jobs?page=x&scope=foo&per_page=0', auth);
    expect(result).toMatchObject({
      status: 400,
      body: {
        error:
          'scope does not have a valid value, page is invalid, per_page has a value not allowed',
      },
    });
  });

  it.each(['1e1', '0x2', '2abc', '1.5'])('refuses page=%j as invalid', async (page) => {
    const result = await callApi(many(), `/projects/1/jobs?page=${page}`, auth);
    expect(result).toMatchObject({ status: 400, body: { error: 'page is invalid' } });
  });

  it('refuses a job id that is not an integer before looking anything up', async () => {
    const result = await callApi(emulatorFor('jobs-world.yaml'), '/projects/999/jobs/abc', owner);
    expect(result).toMatchObject({ status: 400, body: { error: 'job_id is invalid' } });
  });

  it('authenticates before it validates: no token and bad params is a 401', async () => {
    const result = await callApi(many(), '/projects/1/jobs?page=x');
    expect(result).toMatchObject({ status: 401, body: { message: '401 Unauthorized' } });
  });
});

describe('include_retried (a Grape Boolean, then read by JobsFinder as Ruby truth)', () => {
  /** jobs-world's history pipeline with flaky retried once. */
  async function withRetriedFlaky() {
    const emulator = emulatorFor('jobs-world.yaml');
    const flaky = jobNamed(emulator, 'group/app', 'flaky').id;
    const retry = await callApi(emulator, `/projects/10/jobs/${flaky}/retry`, {
      ...owner,
      method: 'POST',
    });
    expect(retry.status).toBe(201);
    return { emulator, flaky };
  }

  it.each(['yes', 'True', 'on', '1', 't'])('includes retried jobs for %j', async (value) => {
    const { emulator, flaky } = await withRetriedFlaky();
    const result = await callApi(
      emulator,
      `/projects/10/pipelines/50/jobs?include_retried=${value}`,
      owner,
    );
    expect(asList(result).map((job) => job.id)).toContain(flaky);
  });

  it('includes them for an empty value too, which Ruby reads as true', async () => {
    const { emulator, flaky } = await withRetriedFlaky();
    const result = await callApi(
      emulator,
      '/projects/10/pipelines/50/jobs?include_retried=',
      owner,
    );
    expect(asList(result).map((job) => job.id)).toContain(flaky);
  });

  it.each(['no', 'FALSE', 'off', '0'])('hides retried jobs for %j', async (value) => {
    const { emulator, flaky } = await withRetriedFlaky();
    const result = await callApi(
      emulator,
      `/projects/10/pipelines/50/jobs?include_retried=${value}`,
      owner,
    );
    expect(result.status).toBe(200);
    expect(asList(result).map((job) => job.id)).not.toContain(flaky);
  });

  it('refuses a value outside dry-types’ lists (the lookup is case-sensitive)', async () => {
    const { emulator } = await withRetriedFlaky();
    const result = await callApi(
      emulator,
      '/projects/10/pipelines/50/jobs?include_retried=tRuE',
      owner,
    );
    expect(result).toMatchObject({ status: 400, body: { error: 'include_retried is invalid' } });
  });
});

describe('lookup before authorisation (lib/api/ci/jobs.rb)', () => {
  it.each(['retry', 'erase'])(
    'answers a reporter 404 for an unknown job on %s, 403 for a known one',
    async (action) => {
      const emulator = emulatorFor('jobs-world.yaml');
      const reporter = { token: TOKENS.rep, method: 'POST' };
      const unknown = await callApi(emulator, `/projects/10/jobs/99999/${action}`, reporter);
      expect(unknown).toMatchObject({ status: 404, body: { message: '404 Not found' } });
      const known = await callApi(emulator, `/projects/10/jobs/100/${action}`, reporter);
      expect(known).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
    },
  );

  it('answers a reporter 403 on cancel before looking the job up (authorize_cancel_builds!)', async () => {
    const result = await callApi(emulatorFor('jobs-world.yaml'), '/projects/10/jobs/99999/cancel', {
      token: TOKENS.rep,
      method: 'POST',
    });
    expect(result).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
  });
});

describe('state rules from the models', () => {
  it('retries a canceling job (Ci::Processable#retryable? includes canceling?)', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(5_000);
    const build = jobNamed(emulator, 'group/app', 'build').id;
    await callApi(emulator, `/projects/10/jobs/${build}/cancel`, { ...owner, method: 'POST' });
    expect(jobNamed(emulator, 'group/app', 'build').status).toBe('canceling');
    const retry = await callApi(emulator, `/projects/10/jobs/${build}/retry`, {
      ...owner,
      method: 'POST',
    });
    expect(retry.status).toBe(201);
    expect(asObject(retry).id).not.toBe(build);
  });

  it('erases a job of an archived pipeline (only play and retry are prevented there)', async () => {
    const emulator = createEmulator({
      scenario: {
        users: [{ username: 'owner', token: TOKENS.owner }],
        projects: [{ id: 1, path: 'team/old', members: { owner: 'maintainer' } }],
        pipelines: [
          {
            project: 'team/old',
            at: '-1h',
            archived: true,
            jobs: [{ name: 'built', duration: '1s', trace: ['done'] }],
          },
        ],
      },
    });
    const [job] = asList(await callApi(emulator, '/projects/1/jobs', owner));
    expect(job?.archived).toBe(true);
    const erase = await callApi(emulator, `/projects/1/jobs/${job?.id}/erase`, {
      ...owner,
      method: 'POST',
    });
    expect(erase.status).toBe(201);
    const retry = await callApi(emulator, `/projects/1/jobs/${job?.id}/retry`, {
      ...owner,
      method: 'POST',
    });
    expect(retry).toMatchObject({
      status: 403,
      body: { message: '403 Forbidden - Job is not retryable' },
    });
  });
});

describe('where a job token is read (lib/gitlab/auth/auth_finders.rb)', () => {
  /** jobs-world at 09:00:05, with build running and its token live. */
  function withRunningBuild() {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(5_000);
    const build = jobNamed(emulator, 'group/app', 'build').id;
    const token = emulator.jobTokens().find((entry) => entry.jobId === build)?.token;
    expect(token).toBeTruthy();
    return { emulator, token: token as string };
  }

  it.each(['job_token', 'token'])('takes ?%s= on a route that allows job tokens', async (name) => {
    const { emulator, token } = withRunningBuild();
    const result = await callApi(emulator, `/job?${name}=${token}`);
    expect(result.status).toBe(200);
  });

  it('ignores a job token on a route that does not take one: 401 under authenticate!', async () => {
    const { emulator, token } = withRunningBuild();
    const result = await callApi(emulator, `/projects/10/jobs/100?job_token=${token}`);
    expect(result).toMatchObject({ status: 401, body: { message: '401 Unauthorized' } });
  });

  it('takes a job token sent as Bearer where job tokens are allowed', async () => {
    const { emulator, token } = withRunningBuild();
    const result = await callApi(emulator, '/job', { token, auth: 'bearer' });
    expect(result.status).toBe(200);
  });

  it('never reads a glcbt- token as a personal token: a visitor on the pipeline lists', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const result = await callApi(emulator, '/projects/10/pipelines/50/jobs', {
      token: 'glcbt-not-a-personal-token',
    });
    expect(result).toMatchObject({ status: 404, body: { message: '404 Project Not Found' } });
  });

  it('answers 401 to an unknown personal token even where anonymous GETs pass', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const result = await callApi(emulator, '/projects/40/pipelines/1/jobs', {
      token: 'glpat-unknown-token-000',
    });
    expect(result).toMatchObject({ status: 401, body: { message: '401 Unauthorized' } });
  });
});
