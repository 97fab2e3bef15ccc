// requestPage: one list page with its items (checked or as sent), headers, links and the next page's query.
import { describe, expect, it } from 'vitest';
import {
  BridgeSchema,
  createClient,
  JobSchema,
  jobListEndpoint,
  requestPage,
} from '../../src/index.js';
import { seedJobs } from '../helpers/fixtures.js';
import { json, stubFetch } from '../helpers/stub-fetch.js';

const TOKEN = 'glpat-requestpagetoken0001';
const BASE = 'https://gitlab.example.com/api/v4';

function client(...answers: Parameters<typeof stubFetch>) {
  const stub = stubFetch(...answers);
  const c = createClient({
    url: 'https://gitlab.example.com',
    token: TOKEN,
    fetch: stub.fetch,
    retry: { limit: 1, backoffBaseMs: 1, backoffLimitMs: 1 },
  });
  return { client: c, calls: stub.calls };
}

const PAGE = {
  operation: 'listPipelineJobs',
  route: 'GET /projects/:id/pipelines/:pipeline_id/jobs',
  path: 'projects/1/pipelines/6/jobs',
};

describe('requestPage', () => {
  it("returns the checked items with GitLab's headers, totals and links", async () => {
    const link = `<${BASE}/projects/1/pipelines/6/jobs?page=2&per_page=2>; rel="next", <${BASE}/projects/1/pipelines/6/jobs?page=1&per_page=2>; rel="first"`;
    const { client: c, calls } = client(
      json(seedJobs(2, 10), 200, { 'x-total': '5', 'x-total-pages': '3', 'x-page': '1', link }),
    );
    const page = await requestPage(c, {
      ...PAGE,
      query: new URLSearchParams('per_page=2&scope[]=manual'),
      itemSchema: JobSchema,
    });
    expect(page.items.map((job) => job.id)).toEqual([10, 9]);
    expect(page).toMatchObject({ status: 200, total: 5, totalPages: 3 });
    expect(page.headers.get('x-page')).toBe('1');
    expect(page.links).toEqual({
      next: `${BASE}/projects/1/pipelines/6/jobs?page=2&per_page=2`,
      first: `${BASE}/projects/1/pipelines/6/jobs?page=1&per_page=2`,
    });
    expect(page.next?.toString()).toBe('page=2&per_page=2');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe('GET');
    expect(calls[0]?.url.pathname).toBe('/api/v4/projects/1/pipelines/6/jobs');
    expect(calls[0]?.url.search).toBe('?per_page=2&scope%5B%5D=manual');
  });

  it('takes the next page from x-next-page when there is no link, keeping the rest of the query', async () => {
    const { client: c } = client(json(seedJobs(1), 200, { 'x-next-page': '3' }));
    const page = await requestPage(c, {
      ...PAGE,
      query: new URLSearchParams('page=2&per_page=1'),
    });
    expect(page.next?.toString()).toBe('page=3&per_page=1');
  });

  it('says there is no next page on the last one, and no totals when GitLab sends none', async () => {
    const { client: c } = client(json(seedJobs(1), 200, { 'x-next-page': '' }));
    const page = await requestPage(c, PAGE);
    expect(page.next).toBeUndefined();
    expect(page.total).toBeUndefined();
    expect(page.totalPages).toBeUndefined();
    expect(page.links).toEqual({});
  });

  it('hands the items over as sent when no schema is given', async () => {
    const { client: c } = client(json([{ id: 1, name: 'anything', odd: true }]));
    const page = await requestPage(c, PAGE);
    expect(page.items).toEqual([{ id: 1, name: 'anything', odd: true }]);
  });

  it('refuses a body that is not a list, even unchecked', async () => {
    const { client: c } = client(json({ message: 'not a list' }));
    await expect(requestPage(c, PAGE)).rejects.toMatchObject({
      code: 'RESPONSE_VALIDATION_ERROR',
      endpoint: 'listPipelineJobs',
    });
  });

  it('names the index and field of an item that breaks the schema', async () => {
    const items = seedJobs(2);
    items[1] = { ...items[1], status: 'cancelled' };
    const { client: c } = client(json(items));
    await expect(requestPage(c, { ...PAGE, itemSchema: JobSchema })).rejects.toMatchObject({
      code: 'RESPONSE_VALIDATION_ERROR',
      issues: [expect.objectContaining({ field: '[1].status' })],
    });
  });

  it('retries as a GET does', async () => {
    const { client: c, calls } = client(json({ message: 'busy' }, 503), json(seedJobs(1)));
    const page = await requestPage(c, { ...PAGE, itemSchema: JobSchema });
    expect(page.items).toHaveLength(1);
    expect(calls).toHaveLength(2);
  });

  it("throws GitLab's error status as a GitLabHttpError with the token redacted", async () => {
    const { client: c } = client(json({ message: `403 Forbidden ${TOKEN}` }, 403));
    const error = await requestPage(c, PAGE).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'GITLAB_HTTP_ERROR', status: 403 });
    expect(String((error as Error).message)).not.toContain(TOKEN);
  });
});

describe('jobListEndpoint', () => {
  it.each([
    [
      { list: 'listProjectJobs', project: 'group/app' } as const,
      'GET /projects/:id/jobs',
      'projects/group%2Fapp/jobs',
      JobSchema,
    ],
    [
      { list: 'listPipelineJobs', project: 7, pipelineId: 6 } as const,
      'GET /projects/:id/pipelines/:pipeline_id/jobs',
      'projects/7/pipelines/6/jobs',
      JobSchema,
    ],
    [
      { list: 'listPipelineBridges', project: 'group/app', pipelineId: 6 } as const,
      'GET /projects/:id/pipelines/:pipeline_id/bridges',
      'projects/group%2Fapp/pipelines/6/bridges',
      BridgeSchema,
    ],
  ])('describes %o', (target, route, path, itemSchema) => {
    expect(jobListEndpoint(target)).toEqual({ operation: target.list, route, path, itemSchema });
  });

  it('refuses a project that could leave its route', () => {
    expect(() => jobListEndpoint({ list: 'listProjectJobs', project: 'group/../other' })).toThrow(
      /project/,
    );
  });
});

describe('requestPage headers', () => {
  it('asks GitLab for JSON', async () => {
    const { client: c, calls } = client(json(seedJobs(1)));
    await requestPage(c, PAGE);
    expect(calls[0]?.headers.get('accept')).toBe('application/json');
  });

  it.each([
    ['12', '12'],
    ['3a', undefined],
    ['a3', undefined],
    ['next', undefined],
  ])('reads x-next-page %j as page %s', async (header, page) => {
    const { client: c } = client(json(seedJobs(1), 200, { 'x-next-page': header }));
    const next = (await requestPage(c, { ...PAGE, query: new URLSearchParams('per_page=1') })).next;
    expect(next?.get('page')).toBe(page);
  });

  it.each([
    ['120', 120],
    ['12a', undefined],
    ['a12', undefined],
    ['many', undefined],
  ])('reads x-total %j as %s', async (header, total) => {
    const { client: c } = client(
      json(seedJobs(1), 200, { 'x-total': header, 'x-total-pages': header }),
    );
    const page = await requestPage(c, PAGE);
    expect(page.total).toBe(total);
    expect(page.totalPages).toBe(total);
  });
});
