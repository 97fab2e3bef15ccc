// The job lists through the relay: which query reaches GitLab, which headers come back, and what a `jobs` restriction shows.
import { describe, expect, it } from 'vitest';
import type { FetchFunction } from '../../src/gitlab/client.js';
import { GITLAB, type Harness, relayHarness } from './relay-harness.js';

const LIST = '/api/v4/projects/2/jobs';

/** Only deploy-* and build of demo/deploy may be read: lists are filtered. */
const RESTRICTED = JSON.stringify({
  version: 1,
  rules: [
    {
      caller: { projects: ['demo/app'] },
      allow: ['read'],
      targets: [2],
      jobs: ['deploy-*', 'build'],
    },
  ],
});

/** A relay whose GitLab answers the project job list with `page` (everything else: the emulator). */
function scriptedList(page: () => Response, env: Record<string, string> = {}): Harness {
  let harness: Harness | undefined;
  const upstreamFetch: FetchFunction = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname === LIST) return Promise.resolve(page());
    return harness?.emulator.fetch(input as never, init) as Promise<Response>;
  };
  harness = relayHarness(env, { upstreamFetch });
  return harness;
}

describe('a job list', () => {
  it('passes on the query parameters GitLab reads on lists and drops the others', async () => {
    const h = relayHarness();
    const pipeline = h.emulator.state.jobs.get(h.deployJob('build'))?.pipelineId;
    const path = `/api/v4/projects/2/pipelines/${pipeline}/jobs`;
    await h.relay(
      `${path}?scope[]=manual&scope=success&include_retried=true&page=1&per_page=2&order_by=id&sort=asc&pagination=offset&cursor=c&unknown=x`,
    );
    const [sent] = h.emulator.runtime.requestLog.list({ path });
    expect(sent?.query).toEqual({
      'scope[]': 'manual',
      scope: 'success',
      include_retried: 'true',
      page: '1',
      per_page: '2',
      order_by: 'id',
      sort: 'asc',
      pagination: 'offset',
      cursor: 'c',
    });
  });

  it('keeps GitLab’s pagination headers, leaves out those GitLab did not send, and joins rewritten links with commas', async () => {
    const h = scriptedList(
      () =>
        new Response('[]', {
          headers: {
            'content-type': 'application/json',
            'x-page': '2',
            'x-per-page': '1',
            'x-prev-page': '1',
            'x-next-page': '3',
            'x-request-id': 'abc',
            link: `<${GITLAB}/api/v4/projects/2/jobs?page=3>; rel="next", <https://elsewhere.test/api/v4/projects/2/jobs?page=1>; rel="first", <${GITLAB}/api/v4/projects/2/jobs?page=1>; rel="prev"`,
          },
        }),
      { RELAY_PUBLIC_URL: 'https://relay.example.com' },
    );
    const response = await h.relay(LIST);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-page')).toBe('2');
    expect(response.headers.get('x-prev-page')).toBe('1');
    expect(response.headers.get('x-next-page')).toBe('3');
    expect(response.headers.has('x-total')).toBe(false);
    expect(response.headers.has('x-total-pages')).toBe(false);
    expect(response.headers.has('x-request-id')).toBe(false);
    // The link to another host is dropped, not rewritten to the relay.
    expect(response.headers.get('link')).toBe(
      '<https://relay.example.com/api/v4/projects/2/jobs?page=3>; rel="next", <https://relay.example.com/api/v4/projects/2/jobs?page=1>; rel="prev"',
    );
  });

  it('sends no link header when GitLab linked only elsewhere, and says JSON when GitLab gave no type', async () => {
    const h = scriptedList(
      () =>
        new Response(new TextEncoder().encode('[]'), {
          headers: { link: '<https://elsewhere.test/api/v4/x>; rel="next"' },
        }),
    );
    const response = await h.relay(LIST);
    expect(response.headers.has('link')).toBe(false);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual([]);
  });
});

describe('a job list under a `jobs` restriction', () => {
  it('shows only the jobs some listed glob names, drops the totals GitLab sent, and keeps the other headers', async () => {
    const h = relayHarness({ POLICY: RESTRICTED });
    const pipeline = h.emulator.state.jobs.get(h.deployJob('build'))?.pipelineId;
    const path = `/api/v4/projects/2/pipelines/${pipeline}/jobs?per_page=100`;
    const direct = await h.emulator.fetch(`${GITLAB}${path}`, {
      headers: { 'PRIVATE-TOKEN': 'glpat-relayservicetoken01' },
    });
    expect(direct.headers.get('x-total')).toBe('5');
    const response = await h.relay(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-page')).toBe('1');
    expect(response.headers.get('x-per-page')).toBe('100');
    expect(response.headers.has('x-total')).toBe(false);
    expect(response.headers.has('x-total-pages')).toBe(false);
    const names = ((await response.json()) as { name: string }[]).map((j) => j.name).sort();
    expect(names).toEqual(['build', 'deploy-prod', 'deploy-staging']);
  });

  it('leaves out items without a string name, and never fails on them', async () => {
    const h = scriptedList(
      () =>
        Response.json([null, 7, { id: 1 }, { id: 2, name: 42 }, { id: 3, name: 'build' }], {
          headers: { 'x-total': '5' },
        }),
      {
        POLICY: JSON.stringify({
          ...JSON.parse(RESTRICTED),
          rules: [{ ...JSON.parse(RESTRICTED).rules[0], jobs: ['*'] }],
        }),
      },
    );
    const response = await h.relay(LIST);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([{ id: 3, name: 'build' }]);
  });

  it.each([
    ['a JSON object', '{"message":"not a list"}'],
    ['text that is not JSON', '<html>proxy error</html>'],
  ])(
    'answers 502 when GitLab sends %s instead of a list, showing none of it',
    async (_what, body) => {
      const h = scriptedList(
        () => new Response(body, { headers: { 'content-type': 'application/json' } }),
        {
          POLICY: RESTRICTED,
        },
      );
      const response = await h.relay(LIST);
      expect(response.status).toBe(502);
      expect(await response.json()).toEqual({
        message:
          "502 Bad Gateway - GitLab's answer did not match its schema: Unexpected response from GitLab for listProjectJobs (GET /projects/:id/jobs): body: expected a JSON array of jobs (jobrelay)",
      });
    },
  );
});
