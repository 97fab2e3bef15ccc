// Each pipeline endpoint sends the documented method, path, query and body, and parses the documented answers.
import { describe, expect, it } from 'vitest';
import {
  cancelPipeline,
  createClient,
  createPipeline,
  getLatestPipeline,
  getPipeline,
  getPipelineVariables,
  listProjectPipelines,
  retryPipeline,
  type TokenType,
  triggerPipeline,
} from '../../../src/index.js';
import { json } from '../../helpers/stub-fetch.js';
import { createdPipeline, listedPipeline, singlePipeline } from './pipeline-examples.js';
import { type Routes, routeStub } from './route-stub.js';

const TOKEN = 'glpat-pipelinetesttoken01';
const TRIGGER_TOKEN = 'glptt-triggertokenvalue0001';

function clientFor(routes: Routes, tokenType: TokenType = 'private') {
  const stub = routeStub(routes);
  const client = createClient({
    url: 'https://gitlab.example.com',
    token: TOKEN,
    tokenType,
    fetch: stub.fetch,
    retry: { readBackDelayMs: 1, backoffBaseMs: 1 },
  });
  return { client, stub };
}

describe('getPipeline', () => {
  it('GETs the pipeline of an encoded project path and parses the documented answer', async () => {
    const { client, stub } = clientFor({
      'GET /api/v4/projects/foo%2Fbar/pipelines/287': () => json(singlePipeline(287)),
    });
    expect(await getPipeline(client, { project: 'foo/bar', pipelineId: 287 })).toEqual(
      singlePipeline(287),
    );
    expect(stub.calls[0]?.headers.get('PRIVATE-TOKEN')).toBe(TOKEN);
  });

  it('names the endpoint and field when the answer breaks the schema', async () => {
    const { client } = clientFor({
      'GET /api/v4/projects/1/pipelines/2': () => json(singlePipeline(2, { status: 'passed' })),
    });
    await expect(getPipeline(client, { project: 1, pipelineId: 2 })).rejects.toMatchObject({
      code: 'RESPONSE_VALIDATION_ERROR',
      endpoint: 'getPipeline',
      issues: [expect.objectContaining({ field: 'status' })],
    });
  });

  it('rejects a pipeline id that is not a positive integer before sending', async () => {
    const { client, stub } = clientFor({});
    await expect(getPipeline(client, { project: 1, pipelineId: '4a' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'pipelineId',
    });
    expect(stub.calls).toHaveLength(0);
  });

  it('rejects a project path that would leave its route', async () => {
    const { client, stub } = clientFor({});
    await expect(getPipeline(client, { project: 'a/../b', pipelineId: 1 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'project',
    });
    expect(stub.calls).toHaveLength(0);
  });
});

describe('getLatestPipeline', () => {
  it('sends the ref, encoded, as the query', async () => {
    const { client, stub } = clientFor({
      'GET /api/v4/projects/1/pipelines/latest': () => json(singlePipeline(9)),
    });
    await getLatestPipeline(client, { project: 1, ref: 'feature/a b' });
    expect(stub.calls[0]?.url.search).toBe('?ref=feature%2Fa+b');
  });

  it('sends no query without a ref (GitLab uses the default branch)', async () => {
    const { client, stub } = clientFor({
      'GET /api/v4/projects/1/pipelines/latest': () => json(singlePipeline(9)),
    });
    expect((await getLatestPipeline(client, { project: 1 })).id).toBe(9);
    expect(stub.calls[0]?.url.search).toBe('');
  });

  it('passes on the 403 GitLab gives when the ref has no pipeline', async () => {
    const { client } = clientFor({
      'GET /api/v4/projects/1/pipelines/latest': () => json({ message: '403 Forbidden' }, 403),
    });
    await expect(getLatestPipeline(client, { project: 1, ref: 'x' })).rejects.toMatchObject({
      code: 'GITLAB_HTTP_ERROR',
      status: 403,
    });
  });

  it('rejects an empty ref', async () => {
    const { client } = clientFor({});
    await expect(getLatestPipeline(client, { project: 1, ref: '' })).rejects.toMatchObject({
      field: 'ref',
    });
  });
});

describe('getPipelineVariables', () => {
  it('GETs the variables list and parses it', async () => {
    const variables = [
      { key: 'RUN_NIGHTLY_BUILD', variable_type: 'env_var', value: 'true' },
      { key: 'foo', value: 'bar' },
    ];
    const { client } = clientFor({
      'GET /api/v4/projects/1/pipelines/46/variables': () => json(variables),
    });
    expect(await getPipelineVariables(client, { project: 1, pipelineId: 46 })).toEqual(variables);
  });

  it('never quotes a variable value when the answer is malformed', async () => {
    const { client } = clientFor({
      'GET /api/v4/projects/1/pipelines/46/variables': () =>
        json([{ key: 'K', value: 123_456_789 }]),
    });
    const error = await getPipelineVariables(client, { project: 1, pipelineId: 46 }).catch(
      (e: unknown) => e as Error,
    );
    expect(error).toMatchObject({ code: 'RESPONSE_VALIDATION_ERROR' });
    expect(String(error)).not.toContain('123456789');
  });
});

describe('listProjectPipelines', () => {
  it('sends every filter under GitLab’s query names', async () => {
    const { client, stub } = clientFor({
      'GET /api/v4/projects/foo%2Fbar/pipelines': () => json([]),
    });
    await listProjectPipelines(client, {
      project: 'foo/bar',
      ref: 'main',
      sha: 'A91957A858320C0E17F3A0ECA7CFACBFF50EA29A',
      status: 'running',
      source: 'api',
      scope: 'finished',
      username: 'root',
      updatedAfter: '2026-01-31T08:00:00Z',
      createdAfter: new Date('2026-01-30T00:00:00.000Z'),
      orderBy: 'updated_at',
      sort: 'asc',
      perPage: 5,
    }).toArray();
    const query = Object.fromEntries(stub.calls[0]?.url.searchParams ?? []);
    expect(query).toEqual({
      ref: 'main',
      sha: 'A91957A858320C0E17F3A0ECA7CFACBFF50EA29A',
      status: 'running',
      source: 'api',
      scope: 'finished',
      username: 'root',
      updated_after: '2026-01-31T08:00:00.000Z',
      created_after: '2026-01-30T00:00:00.000Z',
      order_by: 'updated_at',
      sort: 'asc',
      per_page: '5',
    });
  });

  it('follows x-next-page lazily and stops at maxItems', async () => {
    const { client, stub } = clientFor({
      'GET /api/v4/projects/1/pipelines': (call) =>
        call.url.searchParams.get('page') === '2'
          ? json([listedPipeline(45), listedPipeline(44)])
          : json([listedPipeline(47), listedPipeline(46)], 200, { 'x-next-page': '2' }),
    });
    const list = listProjectPipelines(client, { project: 1, perPage: 2, maxItems: 3 });
    expect(stub.calls).toHaveLength(0);
    expect((await list.toArray()).map((p) => p.id)).toEqual([47, 46, 45]);
    expect(stub.calls.map((c) => c.url.searchParams.get('page'))).toEqual([null, '2']);
  });

  it('gives whole pages with pages()', async () => {
    const { client } = clientFor({
      'GET /api/v4/projects/1/pipelines': () =>
        json([listedPipeline(47)], 200, { 'x-total': '1', 'x-total-pages': '1' }),
    });
    const pages = [];
    for await (const page of listProjectPipelines(client, { project: 1 }).pages()) pages.push(page);
    expect(pages).toMatchObject([{ index: 1, total: 1, totalPages: 1, hasNext: false }]);
  });

  it('names the index of a broken item', async () => {
    const { client } = clientFor({
      'GET /api/v4/projects/1/pipelines': () =>
        json([listedPipeline(47), listedPipeline(46, { id: '46' })]),
    });
    await expect(listProjectPipelines(client, { project: 1 }).toArray()).rejects.toMatchObject({
      code: 'RESPONSE_VALIDATION_ERROR',
      issues: [expect.objectContaining({ field: '[1].id' })],
    });
  });

  it.each([
    ['sha', 'a91957a'],
    ['status', 'cancelled'],
    ['scope', 'failed'],
    ['orderBy', 'created_at'],
    ['updatedAfter', 'last week'],
    ['perPage', 101],
  ])('rejects %s = %j before sending', async (field, value) => {
    const { client, stub } = clientFor({});
    expect(() => listProjectPipelines(client, { project: 1, [field]: value })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field }),
    );
    expect(stub.calls).toHaveLength(0);
  });
});

describe('cancelPipeline and retryPipeline', () => {
  it('cancel POSTs to …/cancel and parses the 200 answer', async () => {
    const answer = createdPipeline(46, { status: 'canceled' });
    const { client, stub } = clientFor({
      'POST /api/v4/projects/foo%2Fbar/pipelines/46/cancel': () => json(answer, 200),
    });
    expect(await cancelPipeline(client, { project: 'foo/bar', pipelineId: 46 })).toEqual(answer);
    expect(stub.calls).toHaveLength(1);
    expect(stub.calls[0]?.body).toBeUndefined();
  });

  it('retry POSTs to …/retry and parses the 201 answer', async () => {
    const answer = createdPipeline(46, { status: 'pending' });
    const { client, stub } = clientFor({
      'POST /api/v4/projects/1/pipelines/46/retry': () => json(answer, 201),
    });
    expect(await retryPipeline(client, { project: 1, pipelineId: 46 })).toEqual(answer);
    expect(stub.calls).toHaveLength(1);
  });
});

describe('createPipeline', () => {
  const routes = (calls: { body?: unknown }[] = []): Routes => ({
    'GET /api/v4/projects/foo%2Fbar/pipelines': () => json([listedPipeline(60)]),
    'POST /api/v4/projects/foo%2Fbar/pipeline': (call) => {
      calls.push({ body: JSON.parse(call.body ?? 'null') });
      return json(createdPipeline(61), 201);
    },
  });

  it('notes the newest pipeline on the ref, then POSTs once with the documented body', async () => {
    const { client, stub } = clientFor(routes());
    const pipeline = await createPipeline(client, {
      project: 'foo/bar',
      ref: 'main',
      variables: { UPLOAD_TO_S3: 'true', TEST: 'test variable' },
      inputs: { environment: 'staging', scan_security: false, level: 3 },
    });
    expect(pipeline).toEqual(createdPipeline(61));
    const [note, post] = stub.calls;
    expect(Object.fromEntries(note?.url.searchParams ?? [])).toEqual({
      ref: 'main',
      order_by: 'id',
      sort: 'desc',
      per_page: '1',
    });
    expect(post?.method).toBe('POST');
    expect(post?.headers.get('content-type')).toBe('application/json');
    expect(post?.headers.get('PRIVATE-TOKEN')).toBe(TOKEN);
    expect(JSON.parse(post?.body ?? '')).toEqual({
      ref: 'main',
      variables: [
        { key: 'UPLOAD_TO_S3', value: 'true', variable_type: 'env_var' },
        { key: 'TEST', value: 'test variable', variable_type: 'env_var' },
      ],
      inputs: { environment: 'staging', scan_security: false, level: 3 },
    });
    expect(stub.calls).toHaveLength(2);
  });

  it('sends only the ref when there are no variables or inputs', async () => {
    const { client, stub } = clientFor(routes());
    await createPipeline(client, { project: 'foo/bar', ref: 'main' });
    expect(JSON.parse(stub.calls[1]?.body ?? '')).toEqual({ ref: 'main' });
  });

  it('redacts a variable value from a GitLab error that echoes it', async () => {
    const { client } = clientFor({
      ...routes(),
      'POST /api/v4/projects/foo%2Fbar/pipeline': () =>
        json({ message: { base: ['variable DEPLOY_KEY=hunter2-secret is not allowed'] } }, 400),
    });
    const error = await createPipeline(client, {
      project: 'foo/bar',
      ref: 'main',
      variables: { DEPLOY_KEY: 'hunter2-secret' },
    }).catch((e: unknown) => e as Error);
    expect(error).toMatchObject({ code: 'GITLAB_HTTP_ERROR', status: 400 });
    expect(error.message).toContain('[REDACTED]');
    expect(JSON.stringify(error)).not.toContain('hunter2-secret');
  });

  it('shows a bad variable value as [REDACTED] in the input error', async () => {
    const { client } = clientFor({});
    const error = await createPipeline(client, {
      project: 1,
      ref: 'main',
      variables: [{ key: 'bad key', value: 'top-secret-value' }],
    }).catch((e: unknown) => e as Error);
    expect(error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(error.message).not.toContain('top-secret-value');
  });

  it('rejects an input value of an unsupported kind', async () => {
    const { client } = clientFor({});
    await expect(
      createPipeline(client, { project: 1, ref: 'main', inputs: { level: null as never } }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'inputs.level' });
  });
});

describe('triggerPipeline', () => {
  const routes: Routes = {
    'GET /api/v4/projects/1/pipelines': () => json([]),
    'POST /api/v4/projects/1/trigger/pipeline': () =>
      json(createdPipeline(70, { source: 'trigger' }), 201),
  };

  it.each(['private', 'job', 'oauth'] as const)(
    'puts the token in the body and sends no credential header of a %s client',
    async (tokenType) => {
      const { client, stub } = clientFor(routes, tokenType);
      await triggerPipeline(client, {
        project: 1,
        ref: 'main',
        token: TRIGGER_TOKEN,
        variables: { VAR1: 'value1', VAR2: 'value2' },
        inputs: { environment: 'production' },
      });
      const post = stub.calls.find((call) => call.method === 'POST');
      expect(JSON.parse(post?.body ?? '')).toEqual({
        token: TRIGGER_TOKEN,
        ref: 'main',
        variables: { VAR1: 'value1', VAR2: 'value2' },
        inputs: { environment: 'production' },
      });
      for (const header of ['PRIVATE-TOKEN', 'JOB-TOKEN', 'Authorization']) {
        expect(post?.headers.get(header)).toBeNull();
      }
      expect(post?.url.href).not.toContain(TRIGGER_TOKEN);
    },
  );

  it('keeps the client’s own credentials on the reads around the trigger', async () => {
    const { client, stub } = clientFor(routes);
    await triggerPipeline(client, { project: 1, ref: 'main', token: TRIGGER_TOKEN });
    const read = stub.calls.find((call) => call.method === 'GET');
    expect(read?.headers.get('PRIVATE-TOKEN')).toBe(TOKEN);
  });

  it('keeps the token and variable values out of a GitLab error that echoes them', async () => {
    const { client } = clientFor({
      ...routes,
      'POST /api/v4/projects/1/trigger/pipeline': () =>
        json({ message: `token ${TRIGGER_TOKEN} with VAR1=very-secret-1 refused` }, 400),
    });
    const error = await triggerPipeline(client, {
      project: 1,
      ref: 'main',
      token: TRIGGER_TOKEN,
      variables: { VAR1: 'very-secret-1' },
    }).catch((e: unknown) => e as Error);
    expect(error).toMatchObject({ code: 'GITLAB_HTTP_ERROR', status: 400 });
    const shown = `${error.message} ${JSON.stringify(error)}`;
    expect(shown).not.toContain(TRIGGER_TOKEN);
    expect(shown).not.toContain('very-secret-1');
  });

  it.each([
    ['', 'is empty'],
    ['two words', 'whitespace'],
  ])('rejects the token %j without showing it', async (token, reason) => {
    const { client, stub } = clientFor({});
    const error = await triggerPipeline(client, { project: 1, ref: 'main', token }).catch(
      (e: unknown) => e as Error,
    );
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'token', value: '[REDACTED]' });
    expect(error.message).toContain(reason);
    if (token) expect(error.message).not.toContain(token);
    expect(stub.calls).toHaveLength(0);
  });
});
