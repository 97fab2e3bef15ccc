// Creating or triggering a pipeline never makes two: one POST, and after a lost answer a look instead of a resend.
import { describe, expect, it } from 'vitest';
import {
  createClient,
  createPipeline,
  OutcomeUnknownError,
  PipelineOutcomeUnknownError,
  READ_BACK_LOOKS,
  type TokenType,
  triggerPipeline,
} from '../../../src/index.js';
import { fetchFailed, hang, json, socketClosed } from '../../helpers/stub-fetch.js';
import { createdPipeline, listedPipeline, singlePipeline } from './pipeline-examples.js';
import { type RouteAnswer, type Routes, routeStub } from './route-stub.js';

const TOKEN = 'glpat-neverduplicatetoken';
const LIST = 'GET /api/v4/projects/1/pipelines';
const CREATE = 'POST /api/v4/projects/1/pipeline';
const TRIGGER = 'POST /api/v4/projects/1/trigger/pipeline';

function clientFor(routes: Routes, options: { tokenType?: TokenType; timeoutMs?: number } = {}) {
  const stub = routeStub(routes);
  const client = createClient({
    url: 'https://gitlab.example.com',
    token: TOKEN,
    tokenType: options.tokenType ?? 'private',
    fetch: stub.fetch,
    timeoutMs: options.timeoutMs ?? 1_000,
    retry: { readBackDelayMs: 1, backoffBaseMs: 1 },
  });
  return { client, stub };
}

// The list before the POST shows `before`; every list after it shows `after` (newest first).
function pipelinesOnRef(before: object[], after: object[]): RouteAnswer {
  let posted = false;
  return (call) => {
    const source = call.url.searchParams.get('source');
    if (call.url.searchParams.get('per_page') === '1' && !posted) {
      posted = true;
      return json(before.slice(0, 1));
    }
    const shown = after.filter((p) => !source || (p as { source?: string }).source === source);
    return json(shown);
  };
}

const BEFORE = [listedPipeline(100, { ref: 'main', source: 'push' })];
const newPipeline = (id: number, source = 'api') => listedPipeline(id, { ref: 'main', source });
const gateway502 = () => json({ message: '502 Bad Gateway' }, 502);

describe('createPipeline after an uncertain outcome', () => {
  it('returns the one new pipeline it finds, read as a single pipeline, after ONE POST', async () => {
    const { client, stub } = clientFor({
      [LIST]: pipelinesOnRef(BEFORE, [newPipeline(101), ...BEFORE]),
      [CREATE]: gateway502,
      'GET /api/v4/projects/1/pipelines/101': () => json(singlePipeline(101, { source: 'api' })),
    });
    const pipeline = await createPipeline(client, { project: 1, ref: 'main' });
    expect(pipeline).toEqual(singlePipeline(101, { source: 'api' }));
    expect(stub.count(CREATE)).toBe(1);
    const look = stub.calls.filter((c) => c.method === 'GET')[1];
    expect(Object.fromEntries(look?.url.searchParams ?? [])).toMatchObject({
      ref: 'main',
      source: 'api',
      order_by: 'id',
      sort: 'desc',
    });
  });

  it('throws OutcomeUnknownError saying nothing was found and it was NOT resent, after ONE POST', async () => {
    const { client, stub } = clientFor({
      [LIST]: pipelinesOnRef(BEFORE, BEFORE),
      [CREATE]: () => Promise.reject(socketClosed()),
    });
    const error = await createPipeline(client, { project: 1, ref: 'main' }).catch(
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error).toBeInstanceOf(PipelineOutcomeUnknownError);
    expect(error).toMatchObject({ code: 'OUTCOME_UNKNOWN', candidateIds: [] });
    expect(error.message).toMatch(
      /no new pipeline with source api appeared on that ref after pipeline 100/,
    );
    expect(error.message).toContain('NOT sent again');
    expect(stub.count(CREATE)).toBe(1);
    expect(stub.count(LIST)).toBe(1 + READ_BACK_LOOKS);
  });

  it('names every candidate and guesses none when two new pipelines appeared', async () => {
    const { client, stub } = clientFor({
      [LIST]: pipelinesOnRef(BEFORE, [newPipeline(103), newPipeline(102), ...BEFORE]),
      [CREATE]: gateway502,
    });
    const error = await createPipeline(client, { project: 1, ref: 'main' }).catch(
      (e: unknown) => e as Error,
    );
    expect(error).toMatchObject({ code: 'OUTCOME_UNKNOWN', candidateIds: [102, 103] });
    expect(error.message).toContain('ids 102, 103');
    expect(stub.count(CREATE)).toBe(1);
    expect(stub.calls.some((c) => /pipelines\/\d+$/.test(c.url.pathname))).toBe(false);
  });

  it('ignores new pipelines of another source or ref', async () => {
    const { client } = clientFor({
      [LIST]: pipelinesOnRef(BEFORE, [
        newPipeline(104, 'push'),
        listedPipeline(103, { ref: 'other', source: 'api' }),
        newPipeline(102),
        ...BEFORE,
      ]),
      [CREATE]: gateway502,
      'GET /api/v4/projects/1/pipelines/102': () => json(singlePipeline(102)),
    });
    expect((await createPipeline(client, { project: 1, ref: 'main' })).id).toBe(102);
  });

  it('counts any pipeline as new when the ref had none before', async () => {
    const { client } = clientFor({
      [LIST]: pipelinesOnRef([], [newPipeline(5)]),
      [CREATE]: gateway502,
      'GET /api/v4/projects/1/pipelines/5': () => json(singlePipeline(5)),
    });
    expect((await createPipeline(client, { project: 1, ref: 'main' })).id).toBe(5);
  });

  it('keeps looking within the window for a pipeline that appears late', async () => {
    let looks = 0;
    const { client } = clientFor({
      [LIST]: (call) => {
        if (call.url.searchParams.get('per_page') === '1') return json(BEFORE);
        looks++;
        return json(looks < READ_BACK_LOOKS ? BEFORE : [newPipeline(101), ...BEFORE]);
      },
      [CREATE]: gateway502,
      'GET /api/v4/projects/1/pipelines/101': () => json(singlePipeline(101)),
    });
    expect((await createPipeline(client, { project: 1, ref: 'main' })).id).toBe(101);
    expect(looks).toBe(READ_BACK_LOOKS);
  });

  it('treats a POST that timed out as uncertain and looks for it', async () => {
    const { client, stub } = clientFor(
      {
        [LIST]: pipelinesOnRef(BEFORE, [newPipeline(101), ...BEFORE]),
        [CREATE]: hang,
        'GET /api/v4/projects/1/pipelines/101': () => json(singlePipeline(101)),
      },
      { timeoutMs: 30 },
    );
    expect((await createPipeline(client, { project: 1, ref: 'main' })).id).toBe(101);
    expect(stub.count(CREATE)).toBe(1);
  });

  it('says it did not look when the deadline leaves no time', async () => {
    const stub = routeStub({
      [LIST]: pipelinesOnRef(BEFORE, [newPipeline(101)]),
      [CREATE]: gateway502,
    });
    const slowToLook = createClient({
      url: 'https://gitlab.example.com',
      token: TOKEN,
      fetch: stub.fetch,
      retry: { readBackDelayMs: 60_000 },
    });
    const error = await createPipeline(slowToLook, {
      project: 1,
      ref: 'main',
      deadline: Date.now() + 5_000,
    }).catch((e: unknown) => e as Error);
    expect(error.message).toContain('the deadline left no time to look for it');
    expect(stub.count(CREATE)).toBe(1);
    expect(stub.count(LIST)).toBe(1);
  });

  it('reports a failing read-back as such, still without resending', async () => {
    const { client, stub } = clientFor({
      [LIST]: (call, n) =>
        n === 1 && call.url.searchParams.get('per_page') === '1'
          ? json(BEFORE)
          : json({ message: '404 Project Not Found' }, 404),
      [CREATE]: gateway502,
    });
    const error = await createPipeline(client, { project: 1, ref: 'main' }).catch(
      (e: unknown) => e as Error,
    );
    expect(error.message).toContain('looking for it failed');
    expect(error.message).toContain('404');
    expect(stub.count(CREATE)).toBe(1);
  });
});

describe('a POST that provably never left', () => {
  it('is sent again by the normal retry, and the second attempt answers', async () => {
    const { client, stub } = clientFor({
      [LIST]: () => json(BEFORE),
      [CREATE]: (_call, n) =>
        n === 1 ? Promise.reject(fetchFailed('ECONNREFUSED')) : json(createdPipeline(101), 201),
    });
    expect((await createPipeline(client, { project: 1, ref: 'main' })).id).toBe(101);
    expect(stub.count(CREATE)).toBe(2);
  });

  it('is not looked for when GitLab refused it outright', async () => {
    const { client, stub } = clientFor({
      [LIST]: () => json(BEFORE),
      [CREATE]: () => json({ message: { base: ['Reference not found'] } }, 400),
    });
    await expect(createPipeline(client, { project: 1, ref: 'nope' })).rejects.toMatchObject({
      code: 'GITLAB_HTTP_ERROR',
      status: 400,
    });
    expect(stub.count(CREATE)).toBe(1);
    expect(stub.count(LIST)).toBe(1);
  });
});

describe('triggerPipeline after an uncertain outcome', () => {
  it.each([
    ['glptt-triggertoken000000001', undefined, ['trigger']],
    ['glcbt-64_jobtoken0000000001', undefined, ['pipeline']],
    ['unprefixed-token-0000000001', undefined, ['trigger', 'pipeline']],
    ['unprefixed-token-0000000001', 'job', ['pipeline']],
  ] as const)('with token %s (kind %s) looks for source %j', async (token, tokenKind, sources) => {
    const { client, stub } = clientFor({
      [LIST]: pipelinesOnRef(BEFORE, BEFORE),
      [TRIGGER]: gateway502,
    });
    const error = await triggerPipeline(client, {
      project: 1,
      ref: 'main',
      token,
      ...(tokenKind ? { tokenKind } : {}),
    }).catch((e: unknown) => e as Error);
    expect(error).toMatchObject({ code: 'OUTCOME_UNKNOWN' });
    const looked = stub.calls
      .filter((c) => c.method === 'GET' && c.url.searchParams.has('source'))
      .map((c) => c.url.searchParams.get('source'));
    expect([...new Set(looked)]).toEqual(sources);
    expect(stub.count(TRIGGER)).toBe(1);
  });

  it('finds a job token’s multi-project pipeline by source pipeline', async () => {
    const { client } = clientFor({
      [LIST]: pipelinesOnRef(BEFORE, [newPipeline(101, 'pipeline'), ...BEFORE]),
      [TRIGGER]: gateway502,
      'GET /api/v4/projects/1/pipelines/101': () =>
        json(singlePipeline(101, { source: 'pipeline' })),
    });
    const pipeline = await triggerPipeline(client, {
      project: 1,
      ref: 'main',
      token: 'glcbt-64_jobtoken0000000001',
    });
    expect(pipeline.source).toBe('pipeline');
  });

  it('says so, and does not resend, when a job-token client may not list pipelines', async () => {
    const jobToken = 'glcbt-64_jobtoken0000000002';
    const { client, stub } = clientFor(
      {
        [LIST]: () => json({ message: '401 Unauthorized' }, 401),
        [TRIGGER]: () => json({ message: `504 Gateway Timeout for ${jobToken}` }, 504),
      },
      { tokenType: 'job' },
    );
    const error = await triggerPipeline(client, {
      project: 1,
      ref: 'main',
      token: jobToken,
      variables: { SECRET_VAR: 'do-not-show-me' },
    }).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.message).toContain('could not be looked for');
    expect(error.message).toContain('may not list');
    expect(error.message).toContain('NOT sent again');
    const shown = `${error.message} ${JSON.stringify(error)}`;
    expect(shown).not.toContain(jobToken);
    expect(shown).not.toContain('do-not-show-me');
    expect(stub.count(TRIGGER)).toBe(1);
    expect(stub.count(LIST)).toBe(1);
  });

  it('stops before sending when listing fails for another reason', async () => {
    const { client, stub } = clientFor({
      [LIST]: () => json({ message: 'boom' }, 400),
      [TRIGGER]: () => json(createdPipeline(1), 201),
    });
    await expect(
      triggerPipeline(client, { project: 1, ref: 'main', token: 'glptt-abcdefabcdef' }),
    ).rejects.toMatchObject({ code: 'GITLAB_HTTP_ERROR', status: 400 });
    expect(stub.count(TRIGGER)).toBe(0);
  });
});
