// Lazy pagination: without totals, with totals, keyset, bounds, and links that point elsewhere.
import { describe, expect, it } from 'vitest';
import {
  createClient,
  listPipelineJobs,
  listProjectJobs,
  parseLinkHeader,
} from '../../src/index.js';
import { seedJobs } from '../helpers/fixtures.js';
import { json, type RecordedCall, stubFetch } from '../helpers/stub-fetch.js';

const TOKEN = 'glpat-paginationtoken0001';
const BASE = 'https://gitlab.example.com/api/v4';

function client(fetch: ReturnType<typeof stubFetch>['fetch']) {
  return createClient({ url: 'https://gitlab.example.com', token: TOKEN, fetch, retry: false });
}

// An offset-paginated server over `total` jobs; `withTotals` as on pipeline lists.
function offsetServer(total: number, withTotals: boolean) {
  return (call: RecordedCall) => {
    const perPage = Number(call.url.searchParams.get('per_page') ?? 20);
    const page = Number(call.url.searchParams.get('page') ?? 1);
    const pages = Math.ceil(total / perPage);
    const first = total - (page - 1) * perPage;
    const items = seedJobs(Math.max(0, Math.min(perPage, first)), first);
    const headers: Record<string, string> = {
      'x-page': String(page),
      'x-per-page': String(perPage),
      'x-next-page': page < pages ? String(page + 1) : '',
      'x-prev-page': page > 1 ? String(page - 1) : '',
    };
    if (withTotals) {
      headers['x-total'] = String(total);
      headers['x-total-pages'] = String(pages);
    }
    return json(items, 200, headers);
  };
}

describe('offset pagination', () => {
  it('follows x-next-page to the end when GitLab sends no totals', async () => {
    const stub = stubFetch(offsetServer(250, false));
    const ids = (
      await listPipelineJobs(client(stub.fetch), { project: 1, pipelineId: 6 }).toArray()
    ).map((j) => j.id);
    expect(ids).toHaveLength(250);
    expect(ids[0]).toBe(250);
    expect(ids.at(-1)).toBe(1);
    expect(stub.calls.map((c) => c.url.searchParams.get('page'))).toEqual([null, '2', '3']);
  });

  it('reports the totals when GitLab sends them', async () => {
    const stub = stubFetch(offsetServer(120, true));
    const pages = [];
    for await (const page of listPipelineJobs(client(stub.fetch), {
      project: 1,
      pipelineId: 6,
      perPage: 50,
    }).pages()) {
      pages.push(page);
    }
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 20]);
    expect(pages[0]).toMatchObject({ index: 1, total: 120, totalPages: 3, hasNext: true });
    expect(pages[2]).toMatchObject({ index: 3, hasNext: false });
  });

  it('sends no request until the list is iterated', () => {
    const stub = stubFetch(offsetServer(10, true));
    listPipelineJobs(client(stub.fetch), { project: 1, pipelineId: 6 });
    expect(stub.calls).toHaveLength(0);
  });

  it('stops after maxItems, trimming the last page and fetching no further', async () => {
    const stub = stubFetch(offsetServer(500, false));
    const jobs = await listPipelineJobs(client(stub.fetch), {
      project: 1,
      pipelineId: 6,
      perPage: 20,
      maxItems: 45,
    }).toArray();
    expect(jobs).toHaveLength(45);
    expect(stub.calls).toHaveLength(3);
  });

  it('stops after maxPages', async () => {
    const stub = stubFetch(offsetServer(500, false));
    const jobs = await listPipelineJobs(client(stub.fetch), {
      project: 1,
      pipelineId: 6,
      perPage: 10,
      maxPages: 2,
    }).toArray();
    expect(jobs).toHaveLength(20);
    expect(stub.calls).toHaveLength(2);
  });

  it('stops when a breaking consumer leaves the loop early', async () => {
    const stub = stubFetch(offsetServer(500, false));
    for await (const job of listPipelineJobs(client(stub.fetch), {
      project: 1,
      pipelineId: 6,
      perPage: 10,
    })) {
      if (job.id < 495) break;
    }
    expect(stub.calls).toHaveLength(1);
  });

  it('stops on an empty page even if a next page is announced', async () => {
    const stub = stubFetch(json([], 200, { 'x-next-page': '2' }));
    expect(
      await listPipelineJobs(client(stub.fetch), { project: 1, pipelineId: 6 }).toArray(),
    ).toEqual([]);
    expect(stub.calls).toHaveLength(1);
  });
});

describe('keyset pagination on listProjectJobs', () => {
  it('asks for keyset and follows the cursor in link rel="next"', async () => {
    const stub = stubFetch(
      json(seedJobs(2, 10), 200, {
        link: `<${BASE}/projects/1/jobs?cursor=abc&pagination=keyset&per_page=2>; rel="next"`,
      }),
      json(seedJobs(1, 8), 200, {}),
    );
    const ids = (
      await listProjectJobs(client(stub.fetch), { project: 1, perPage: 2 }).toArray()
    ).map((j) => j.id);
    expect(ids).toEqual([10, 9, 8]);
    expect(stub.calls[0]?.url.searchParams.get('pagination')).toBe('keyset');
    expect(stub.calls[1]?.url.searchParams.get('cursor')).toBe('abc');
  });

  it('falls back to offset pagination when the server answers 405 to keyset', async () => {
    const stub = stubFetch(
      json({ message: '405 Method Not Allowed' }, 405),
      offsetServer(30, false),
    );
    const jobs = await listProjectJobs(client(stub.fetch), { project: 1, perPage: 20 }).toArray();
    expect(jobs).toHaveLength(30);
    expect(stub.calls[1]?.url.searchParams.get('pagination')).toBeNull();
  });

  it('uses offset pagination when asked to', async () => {
    const stub = stubFetch(offsetServer(5, false));
    await listProjectJobs(client(stub.fetch), { project: 1, pagination: 'offset' }).toArray();
    expect(stub.calls[0]?.url.searchParams.get('pagination')).toBeNull();
  });

  it("never follows a link to another host: only its query is used, on the client's own URL", async () => {
    const stub = stubFetch(
      json(seedJobs(1, 10), 200, { link: '<https://evil.example/steal?cursor=xyz>; rel="next"' }),
      json([], 200),
    );
    await listProjectJobs(client(stub.fetch), { project: 1 }).toArray();
    expect(stub.calls[1]?.url.origin).toBe('https://gitlab.example.com');
    expect(stub.calls[1]?.url.pathname).toBe('/api/v4/projects/1/jobs');
    expect(stub.calls[1]?.url.searchParams.get('cursor')).toBe('xyz');
  });

  it('stops when the server repeats the same next page', async () => {
    const link = `<${BASE}/projects/1/jobs?cursor=same&pagination=keyset&per_page=1>; rel="next"`;
    const stub = stubFetch(json(seedJobs(1, 10), 200, { link }));
    const jobs = await listProjectJobs(client(stub.fetch), { project: 1, perPage: 1 }).toArray();
    expect(jobs).toHaveLength(2);
    expect(stub.calls).toHaveLength(2);
  });
});

describe('parseLinkHeader', () => {
  it('reads every rel of a GitLab link header', () => {
    const header =
      '<https://g/api/v4/x?page=2>; rel="next", <https://g/api/v4/x?page=1>; rel="first", <https://g/api/v4/x?page=9>; rel="last"';
    expect(parseLinkHeader(header)).toEqual({
      next: 'https://g/api/v4/x?page=2',
      first: 'https://g/api/v4/x?page=1',
      last: 'https://g/api/v4/x?page=9',
    });
  });

  it('gives nothing for an empty header', () => {
    expect(parseLinkHeader('')).toEqual({});
  });
});

describe('falling back from keyset', () => {
  it('numbers the first offset page 1 after the fallback', async () => {
    const stub = stubFetch(json({ message: '405 Method Not Allowed' }, 405), offsetServer(3, true));
    const pages = [];
    for await (const page of listProjectJobs(client(stub.fetch), { project: 1 }).pages()) {
      pages.push(page);
    }
    expect(pages.map((page) => page.index)).toEqual([1]);
  });

  it('falls back on a 400 that names keyset', async () => {
    const stub = stubFetch(
      json({ message: 'keyset pagination is not supported for this order' }, 400),
      offsetServer(3, false),
    );
    const jobs = await listProjectJobs(client(stub.fetch), { project: 1 }).toArray();
    expect(jobs).toHaveLength(3);
    expect(stub.calls).toHaveLength(2);
  });

  it.each([
    ['a 400 about something else', json({ message: '400 Bad request - scope invalid' }, 400)],
    ['a 403', json({ message: '403 Forbidden' }, 403)],
    ['a 500 that names keyset', json({ message: '500 keyset cursor lookup failed' }, 500)],
    ['a network failure', new TypeError('fetch failed')],
  ])('does not fall back on %s', async (_name, answer) => {
    const stub = stubFetch(answer, offsetServer(3, false));
    await expect(listProjectJobs(client(stub.fetch), { project: 1 }).toArray()).rejects.toThrow();
    expect(stub.calls).toHaveLength(1);
  });

  it('falls back only once: a 405 to the offset request is thrown', async () => {
    const stub = stubFetch(json({ message: '405 Method Not Allowed' }, 405));
    await expect(
      listProjectJobs(client(stub.fetch), { project: 1 }).toArray(),
    ).rejects.toMatchObject({ status: 405 });
    expect(stub.calls).toHaveLength(2);
    expect(stub.calls[1]?.url.searchParams.get('pagination')).toBeNull();
  });

  it('throws a 405 on a later keyset page instead of starting over', async () => {
    const stub = stubFetch(
      json(seedJobs(1, 10), 200, {
        link: `<${BASE}/projects/1/jobs?cursor=abc&pagination=keyset&per_page=1>; rel="next"`,
      }),
      json({ message: '405 Method Not Allowed' }, 405),
      offsetServer(3, false),
    );
    await expect(
      listProjectJobs(client(stub.fetch), { project: 1, perPage: 1 }).toArray(),
    ).rejects.toMatchObject({ status: 405 });
    expect(stub.calls).toHaveLength(2);
  });

  it('never falls back for a list that asked for offset pages', async () => {
    const stub = stubFetch(
      json({ message: '405 Method Not Allowed' }, 405),
      offsetServer(3, false),
    );
    await expect(
      listProjectJobs(client(stub.fetch), { project: 1, pagination: 'offset' }).toArray(),
    ).rejects.toMatchObject({ status: 405 });
    expect(stub.calls).toHaveLength(1);
  });
});

describe('bounds', () => {
  it('returns every item of a page that exactly reaches maxItems, and asks for no more', async () => {
    const stub = stubFetch(offsetServer(50, false));
    const jobs = await listPipelineJobs(client(stub.fetch), {
      project: 1,
      pipelineId: 6,
      perPage: 10,
      maxItems: 20,
    }).toArray();
    expect(jobs).toHaveLength(20);
    expect(stub.calls).toHaveLength(2);
  });

  it('reads past maxPages pages only when maxPages allows', async () => {
    const stub = stubFetch(offsetServer(50, false));
    const jobs = await listPipelineJobs(client(stub.fetch), {
      project: 1,
      pipelineId: 6,
      perPage: 10,
      maxPages: 10,
    }).toArray();
    expect(jobs).toHaveLength(50);
    expect(stub.calls).toHaveLength(5);
  });
});
