// GET /projects/:id/jobs: order, scope, offset pagination without counts, keyset, 405s, access.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../src/emulator/create-emulator.js';
import { asList, asObject, callApi } from '../support/call-api.js';
import { MANY_JOBS_TOKEN, manyJobsScenario } from '../support/many-jobs.js';
import { emulatorFor, TOKENS } from '../support/world.js';

const many = () => createEmulator({ scenario: manyJobsScenario(45) });
const auth = { token: MANY_JOBS_TOKEN };

describe('GET /projects/:id/jobs', () => {
  it('lists the project’s jobs newest first, without bridges', async () => {
    const ids = asList(await callApi(many(), '/projects/1/jobs?per_page=100', auth)).map(
      (job) => job.id,
    );
    expect(ids).toEqual(Array.from({ length: 45 }, (_, index) => 45 - index));
  });

  it('accepts the project as a URL-encoded path', async () => {
    const result = await callApi(many(), '/projects/team%2Fmany/jobs', auth);
    expect(result.status).toBe(200);
    expect(asList(result)).toHaveLength(20);
  });

  it('filters by one scope', async () => {
    const statuses = asList(
      await callApi(many(), '/projects/1/jobs?scope=failed&per_page=100', auth),
    ).map((job) => job.status);
    expect(statuses).toHaveLength(15);
    expect(new Set(statuses)).toEqual(new Set(['failed']));
  });

  it('filters by several scopes', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const ok = await callApi(emulator, '/projects/10/jobs?scope[]=created&scope[]=pending', {
      token: TOKENS.owner,
    });
    expect(asList(ok).map((job) => `${job.name}:${job.status}`)).toEqual([
      'rollback:created',
      'deploy:created',
      'test:created',
      'build:pending',
    ]);
  });

  it('answers 400 for a scope GitLab does not know', async () => {
    const result = await callApi(many(), '/projects/1/jobs?scope=done', auth);
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ error: 'scope does not have a valid value' });
  });

  it('filters by any of GitLab’s statuses, not only the documented eight', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(22_000);
    const result = await callApi(emulator, '/projects/10/jobs?scope[]=manual&scope[]=scheduled', {
      token: TOKENS.owner,
    });
    expect(result.status).toBe(200);
    expect(asList(result).map((job) => [job.name, job.status])).toEqual([
      ['nightly', 'scheduled'],
      ['deploy', 'manual'],
    ]);
  });

  it('answers 400 for a comma-separated scope, which GitLab never splits', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const result = await callApi(emulator, '/projects/10/jobs?scope=running,failed', {
      token: TOKENS.owner,
    });
    expect(result).toMatchObject({
      status: 400,
      body: { error: 'scope does not have a valid value' },
    });
  });

  it('sends offset pagination headers without totals and without rel="last"', async () => {
    const result = await callApi(
      many(),
      '/projects/1/jobs?page=2&per_page=10&scope[]=success&scope[]=failed',
      auth,
    );
    expect(result.headers.get('x-page')).toBe('2');
    expect(result.headers.get('x-per-page')).toBe('10');
    expect(result.headers.get('x-next-page')).toBe('3');
    expect(result.headers.get('x-prev-page')).toBe('1');
    expect(result.headers.has('x-total')).toBe(false);
    expect(result.headers.has('x-total-pages')).toBe(false);
    const link = result.headers.get('link') ?? '';
    expect(link).toContain(
      '<http://emulator.local/api/v4/projects/1/jobs?id=1&page=3&per_page=10&scope%5B%5D=success&scope%5B%5D=failed>; rel="next"',
    );
    expect(link).toContain('rel="prev"');
    expect(link).toContain('rel="first"');
    expect(link).not.toContain('rel="last"');
  });

  it('leaves x-next-page empty on the last page', async () => {
    const result = await callApi(many(), '/projects/1/jobs?page=3&per_page=20', auth);
    expect(asList(result)).toHaveLength(5);
    expect(result.headers.get('x-next-page')).toBe('');
    expect(result.headers.get('link')).not.toContain('rel="next"');
  });

  it('pages 20 jobs by default and at most 100', async () => {
    const emulator = createEmulator({ scenario: manyJobsScenario(120) });
    expect((await callApi(emulator, '/projects/1/jobs', auth)).headers.get('x-per-page')).toBe(
      '20',
    );
    const big = await callApi(emulator, '/projects/1/jobs?per_page=500', auth);
    expect(big.headers.get('x-per-page')).toBe('100');
    expect(asList(big)).toHaveLength(100);
  });

  it('answers 400 for a page that is not an integer', async () => {
    const result = await callApi(many(), '/projects/1/jobs?page=two', auth);
    expect(result).toMatchObject({ status: 400, body: { error: 'page is invalid' } });
  });

  it('serves deep offset pages, as a default GitLab does (the limit is behind an off flag)', async () => {
    const result = await callApi(many(), '/projects/1/jobs?page=501&per_page=100', auth);
    expect(result.status).toBe(200);
    expect(asList(result)).toEqual([]);
  });

  it('answers 405 past 50,000 rows where the server enforces the offset limit', async () => {
    const strict = () =>
      createEmulator({
        scenario: { ...manyJobsScenario(45), server: { enforceOffsetLimit: true } },
      });
    const result = await callApi(strict(), '/projects/1/jobs?page=501&per_page=100', auth);
    expect(result.status).toBe(405);
    expect(asObject(result).error).toMatch(
      /^Offset pagination has a maximum allowed offset of 50000/,
    );
    expect((await callApi(strict(), '/projects/1/jobs?page=500&per_page=100', auth)).status).toBe(
      200,
    );
    // The product is of the params as asked: per_page=1000 counts as 1000, not as the 100 served.
    expect((await callApi(strict(), '/projects/1/jobs?page=51&per_page=1000', auth)).status).toBe(
      405,
    );
  });

  it('walks every job with keyset pagination, the cursor only in link rel="next"', async () => {
    const emulator = many();
    const seen: unknown[] = [];
    let path: string | undefined = '/projects/1/jobs?pagination=keyset&per_page=20';
    let pages = 0;
    while (path) {
      const result = await callApi(emulator, path, auth);
      expect(result.headers.has('x-next-page')).toBe(false);
      seen.push(...asList(result).map((job) => job.id));
      const next = /<([^>]+)>; rel="next"/.exec(result.headers.get('link') ?? '')?.[1];
      path = next?.replace('http://emulator.local/api/v4', '');
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 45 }, (_, index) => 45 - index));
  });

  it('answers 405 for keyset pagination in another order', async () => {
    const byDate = await callApi(
      many(),
      '/projects/1/jobs?pagination=keyset&order_by=created_at',
      auth,
    );
    const ascending = await callApi(many(), '/projects/1/jobs?pagination=keyset&sort=asc', auth);
    expect(byDate).toMatchObject({
      status: 405,
      body: { error: 'Keyset pagination is not yet available for this type of request' },
    });
    expect(ascending.status).toBe(405);
  });

  it('answers 400 for a cursor it did not issue', async () => {
    const result = await callApi(
      many(),
      '/projects/1/jobs?pagination=keyset&cursor=nonsense',
      auth,
    );
    expect(result).toMatchObject({ status: 400, body: { error: 'cursor is invalid' } });
  });

  it('answers 404 Project Not Found for an unknown project', async () => {
    const result = await callApi(many(), '/projects/team%2Fnope/jobs', auth);
    expect(result).toMatchObject({ status: 404, body: { message: '404 Project Not Found' } });
  });

  it('answers 404, not 403, to a user who cannot see the project', async () => {
    const result = await callApi(emulatorFor('jobs-world.yaml'), '/projects/10/jobs', {
      token: TOKENS.outsider,
    });
    expect(result).toMatchObject({ status: 404, body: { message: '404 Project Not Found' } });
  });

  it('answers 403 to a guest of a private project whose pipelines are not public', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.state.project(10).publicBuilds = false;
    const result = await callApi(emulator, '/projects/10/jobs', { token: TOKENS.guest });
    expect(result).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
  });

  it('lists a private project’s jobs to its guest while public pipelines are on', async () => {
    const result = await callApi(emulatorFor('jobs-world.yaml'), '/projects/10/jobs', {
      token: TOKENS.guest,
    });
    expect(result.status).toBe(200);
  });

  it('hides a public project’s jobs from a non-member when its pipelines are not public', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.state.project(40).publicBuilds = false;
    const list = await callApi(emulator, '/projects/40/jobs', { token: TOKENS.outsider });
    expect(list).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
    // The pipeline list still answers (read_pipeline), with no jobs in it (JobsFinder).
    const pipeline = [...emulator.state.pipelines.values()].find((p) => p.projectId === 40);
    expect(pipeline).toBeDefined();
    const pipelineId = pipeline?.id;
    const pipelineJobs = await callApi(emulator, `/projects/40/pipelines/${pipelineId}/jobs`, {
      token: TOKENS.outsider,
    });
    expect(pipelineJobs.status).toBe(200);
    expect(asList(pipelineJobs)).toEqual([]);
    const bridges = await callApi(emulator, `/projects/40/pipelines/${pipelineId}/bridges`, {
      token: TOKENS.outsider,
    });
    expect(bridges.status).toBe(403);
  });

  it('lets any signed-in user read the jobs of a public project', async () => {
    const result = await callApi(emulatorFor('jobs-world.yaml'), '/projects/other%2Fopen/jobs', {
      token: TOKENS.outsider,
    });
    expect(asList(result).map((job) => job.name)).toEqual(['public-build']);
  });

  it('answers 401 without a token', async () => {
    const result = await callApi(many(), '/projects/1/jobs');
    expect(result).toMatchObject({ status: 401, body: { message: '401 Unauthorized' } });
  });
});
