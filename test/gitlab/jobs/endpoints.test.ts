// Each endpoint sends the documented method, path, query and body, and parses the documented answers.
import { describe, expect, it } from 'vitest';
import {
  cancelJob,
  createClient,
  eraseJob,
  getAllowedAgents,
  getJob,
  getJobTokenJob,
  getJobTrace,
  listPipelineBridges,
  listPipelineJobs,
  listProjectJobs,
  playJob,
  retryJob,
} from '../../../src/index.js';
import {
  loadPlayJobRequest,
  loadSeedExample,
  type SeedEdition,
  type SeedEndpoint,
} from '../../fixtures/seeds/index.js';
import { json, stubFetch } from '../../helpers/stub-fetch.js';

const TOKEN = 'glpat-endpointtesttoken0001';

function clientAnswering(body: unknown, status = 200) {
  const stub = stubFetch(json(body, status));
  const client = createClient({
    url: 'https://gitlab.example.com',
    token: TOKEN,
    fetch: stub.fetch,
  });
  return { client, calls: stub.calls };
}

type Call = (client: ReturnType<typeof createClient>) => Promise<unknown>;

interface EndpointCase {
  endpoint: SeedEndpoint;
  call: Call;
  method: string;
  path: string;
  query: string;
  status: number;
}

const CASES: EndpointCase[] = [
  {
    endpoint: 'list-project-jobs',
    call: (c) =>
      listProjectJobs(c, { project: 'foo/bar', scope: ['pending', 'running'] }).toArray(),
    method: 'GET',
    path: '/api/v4/projects/foo%2Fbar/jobs',
    query: 'scope%5B%5D=pending&scope%5B%5D=running&per_page=100&pagination=keyset',
    status: 200,
  },
  {
    endpoint: 'list-pipeline-jobs',
    call: (c) =>
      listPipelineJobs(c, {
        project: 1,
        pipelineId: 6,
        scope: 'failed',
        includeRetried: true,
      }).toArray(),
    method: 'GET',
    path: '/api/v4/projects/1/pipelines/6/jobs',
    query: 'scope%5B%5D=failed&include_retried=true&per_page=100',
    status: 200,
  },
  {
    endpoint: 'list-pipeline-bridges',
    call: (c) => listPipelineBridges(c, { project: 1, pipelineId: 6 }).toArray(),
    method: 'GET',
    path: '/api/v4/projects/1/pipelines/6/bridges',
    query: 'per_page=100',
    status: 200,
  },
  {
    endpoint: 'get-job-token-job',
    call: (c) => getJobTokenJob(c),
    method: 'GET',
    path: '/api/v4/job',
    query: '',
    status: 200,
  },
  {
    endpoint: 'get-allowed-agents',
    call: (c) => getAllowedAgents(c),
    method: 'GET',
    path: '/api/v4/job/allowed_agents',
    query: '',
    status: 200,
  },
  {
    endpoint: 'get-job',
    call: (c) => getJob(c, { project: 1, jobId: 8 }),
    method: 'GET',
    path: '/api/v4/projects/1/jobs/8',
    query: '',
    status: 200,
  },
  {
    endpoint: 'cancel-job',
    call: (c) => cancelJob(c, { project: 1, jobId: 1 }),
    method: 'POST',
    path: '/api/v4/projects/1/jobs/1/cancel',
    query: '',
    status: 201,
  },
  {
    endpoint: 'retry-job',
    call: (c) => retryJob(c, { project: 1, jobId: 1 }),
    method: 'POST',
    path: '/api/v4/projects/1/jobs/1/retry',
    query: '',
    status: 201,
  },
  {
    endpoint: 'erase-job',
    call: (c) => eraseJob(c, { project: 1, jobId: 1 }),
    method: 'POST',
    path: '/api/v4/projects/1/jobs/1/erase',
    query: '',
    status: 201,
  },
  {
    endpoint: 'play-job',
    call: (c) => playJob(c, { project: 1, jobId: 1 }),
    method: 'POST',
    path: '/api/v4/projects/1/jobs/1/play',
    query: '',
    status: 200,
  },
];

const ROWS = (['markdown', 'plaintext'] as SeedEdition[]).flatMap((edition) =>
  CASES.map((c) => ({ ...c, edition })),
);

describe('every endpoint against the seed documents', () => {
  it.each(ROWS)('$endpoint sends $method $path and parses the $edition example', async (row) => {
    const example = loadSeedExample(row.edition, row.endpoint);
    const { client, calls } = clientAnswering(example, row.status);
    const result = await row.call(client);
    expect(result).toEqual(example);
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.method).toBe(row.method);
    expect(call?.url.origin).toBe('https://gitlab.example.com');
    expect(call?.url.pathname).toBe(row.path);
    expect(call?.url.search.replace(/^\?/, '')).toBe(row.query);
    expect(call?.headers.get('PRIVATE-TOKEN')).toBe(TOKEN);
    expect(call?.url.href).not.toContain(TOKEN);
  });
});

describe('playJob', () => {
  it('sends the variables as the documented job_variables_attributes body', async () => {
    const { client, calls } = clientAnswering(loadSeedExample('markdown', 'play-job'));
    await playJob(client, {
      project: 1,
      jobId: 1,
      variables: { TEST_VAR_1: 'test1', TEST_VAR_2: 'test2' },
    });
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual(loadPlayJobRequest());
    expect(calls[0]?.headers.get('content-type')).toBe('application/json');
  });

  it('accepts variables as a { key, value } list in the same order', async () => {
    const { client, calls } = clientAnswering(loadSeedExample('markdown', 'play-job'));
    const variables = [
      { key: 'TEST_VAR_1', value: 'test1' },
      { key: 'TEST_VAR_2', value: 'test2' },
    ];
    await playJob(client, { project: 1, jobId: 1, variables });
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual({ job_variables_attributes: variables });
  });

  it('sends no body when there are no variables', async () => {
    const { client, calls } = clientAnswering(loadSeedExample('markdown', 'play-job'));
    await playJob(client, { project: 1, jobId: 1 });
    expect(calls[0]?.body).toBeUndefined();
  });
});

describe('authentication headers', () => {
  it.each([
    ['private', 'PRIVATE-TOKEN', TOKEN],
    ['job', 'JOB-TOKEN', TOKEN],
    ['oauth', 'Authorization', `Bearer ${TOKEN}`],
  ] as const)('a %s token is sent in %s', async (tokenType, header, value) => {
    const stub = stubFetch(json(loadSeedExample('markdown', 'get-job')));
    const client = createClient({
      url: 'https://gitlab.example.com/api/v4',
      token: TOKEN,
      tokenType,
      fetch: stub.fetch,
    });
    await getJob(client, { project: 1, jobId: 8 });
    expect(stub.calls[0]?.headers.get(header)).toBe(value);
    const others = ['PRIVATE-TOKEN', 'JOB-TOKEN', 'Authorization'].filter(
      (name) => name !== header,
    );
    for (const name of others) expect(stub.calls[0]?.headers.get(name)).toBeNull();
  });
});

describe('getJobTrace', () => {
  it('streams the log body unchanged', async () => {
    const log = '\u001b[0Ksection_start:1:build\r\u001b[0KBuild\nok\n';
    const stub = stubFetch(new Response(log, { headers: { 'content-type': 'text/plain' } }));
    const client = createClient({
      url: 'https://gitlab.example.com',
      token: TOKEN,
      fetch: stub.fetch,
    });
    const stream = await getJobTrace(client, { project: 'foo/bar', jobId: 8 });
    expect(await new Response(stream).text()).toBe(log);
    expect(stub.calls[0]?.url.pathname).toBe('/api/v4/projects/foo%2Fbar/jobs/8/trace');
    expect(stub.calls[0]?.headers.get('range')).toBeNull();
  });

  it('asks for a Range from the offset and keeps a 206 answer as it is', async () => {
    const stub = stubFetch(new Response('new bytes', { status: 206 }));
    const client = createClient({
      url: 'https://gitlab.example.com',
      token: TOKEN,
      fetch: stub.fetch,
    });
    const stream = await getJobTrace(client, { project: 1, jobId: 8, offset: 100 });
    expect(await new Response(stream).text()).toBe('new bytes');
    expect(stub.calls[0]?.headers.get('range')).toBe('bytes=100-');
  });

  it('skips the bytes before the offset when the server ignores Range, as GitLab does', async () => {
    const stub = stubFetch(new Response('0123456789abcdef'));
    const client = createClient({
      url: 'https://gitlab.example.com',
      token: TOKEN,
      fetch: stub.fetch,
    });
    const stream = await getJobTrace(client, { project: 1, jobId: 8, offset: 10 });
    expect(await new Response(stream).text()).toBe('abcdef');
  });

  it('gives an empty stream for 416, when the log has not grown past the offset', async () => {
    const stub = stubFetch(new Response('', { status: 416 }));
    const client = createClient({
      url: 'https://gitlab.example.com',
      token: TOKEN,
      fetch: stub.fetch,
    });
    const stream = await getJobTrace(client, { project: 1, jobId: 8, offset: 10 });
    expect(await new Response(stream).text()).toBe('');
  });

  it('reports 404 for a job without a log as a GitLab HTTP error', async () => {
    const stub = stubFetch(json({ message: '404 Not Found' }, 404));
    const client = createClient({
      url: 'https://gitlab.example.com',
      token: TOKEN,
      fetch: stub.fetch,
    });
    await expect(getJobTrace(client, { project: 1, jobId: 8 })).rejects.toMatchObject({
      code: 'GITLAB_HTTP_ERROR',
      status: 404,
      gitlabMessage: '404 Not Found',
    });
  });
});

describe('response validation', () => {
  it('names the endpoint and the field when a job breaks the schema', async () => {
    const broken = { ...(loadSeedExample('markdown', 'get-job') as object), pipeline: { id: '6' } };
    const { client } = clientAnswering(broken);
    await expect(getJob(client, { project: 1, jobId: 8 })).rejects.toThrow(
      /Unexpected response from GitLab for getJob \(GET \/projects\/:id\/jobs\/:job_id\): field "pipeline\.id"/,
    );
  });

  it('names the index of the broken item in a list', async () => {
    const list = loadSeedExample('markdown', 'list-pipeline-jobs') as Record<string, unknown>[];
    list[1] = { ...list[1], status: 'cancelled' };
    const { client } = clientAnswering(list);
    await expect(
      listPipelineJobs(client, { project: 1, pipelineId: 6 }).toArray(),
    ).rejects.toMatchObject({
      code: 'RESPONSE_VALIDATION_ERROR',
      endpoint: 'listPipelineJobs',
      issues: [expect.objectContaining({ field: '[1].status' })],
    });
  });

  it('keeps fields GitLab adds that the schema does not know', async () => {
    const { client } = clientAnswering({
      ...(loadSeedExample('markdown', 'get-job') as object),
      brand_new: 1,
    });
    expect(await getJob(client, { project: 1, jobId: 8 })).toHaveProperty('brand_new', 1);
  });
});

describe('aborting a trace download', () => {
  it('stops the body when the caller aborts after the headers arrived', async () => {
    const controller = new AbortController();
    let pulls = 0;
    const stub = stubFetch((call) => {
      const body = new ReadableStream<Uint8Array>({
        pull(c) {
          pulls++;
          if (call.signal?.aborted) c.error(call.signal.reason);
          else c.enqueue(new TextEncoder().encode('line\n'));
        },
      });
      return new Response(body);
    });
    const client = createClient({
      url: 'https://gitlab.example.com',
      token: TOKEN,
      fetch: stub.fetch,
      timeoutMs: 50,
    });
    const reader = (
      await getJobTrace(client, { project: 1, jobId: 8, signal: controller.signal })
    ).getReader();
    await reader.read();
    // Past the per-attempt timeout: the body must keep flowing until the caller says stop.
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await reader.read()).done).toBe(false);
    controller.abort(new Error('stop'));
    await expect(
      (async () => {
        // Bounded, so a stream that never ends fails the test instead of hanging it.
        for (let reads = 0; reads < 10_000; reads++) if ((await reader.read()).done) return;
        throw new Error('the body never ended');
      })(),
    ).rejects.toThrow('stop');
    expect(pulls).toBeGreaterThan(1);
  });
});
