// sendRequest: what each failure becomes (fields and messages), deadlines, aborts, redirects and bodies.
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type ClientOptions,
  createClient,
  GitLabHttpError,
  NetworkError,
  type RequestSpec,
  ResponseValidationError,
  sendRequest,
  TimeoutError,
} from '../../src/index.js';
import {
  fetchFailed,
  hang,
  json,
  type Step,
  socketClosed,
  stubFetch,
} from '../helpers/stub-fetch.js';

const TOKEN = 'glpat-requesttesttoken0001';
const PATH = '/api/v4/projects/1/jobs/8';

const GET: RequestSpec = {
  operation: 'getJob',
  route: 'GET /projects/:id/jobs/:job_id',
  method: 'GET',
  path: 'projects/1/jobs/8',
  expect: 'json',
};
const POST: RequestSpec = {
  operation: 'playJob',
  route: 'POST /projects/:id/jobs/:job_id/play',
  method: 'POST',
  path: 'projects/1/jobs/8/play',
  expect: 'json',
  jobId: 8,
};

function setup(steps: Step[], options: Partial<ClientOptions> = {}) {
  const stub = stubFetch(...steps);
  const client = createClient({
    url: 'https://gitlab.example.com',
    token: TOKEN,
    fetch: stub.fetch,
    retry: false,
    timeoutMs: 2_000,
    ...options,
  });
  return { client, calls: stub.calls };
}

/** The error `promise` rejects with; fails the test when it resolves. */
function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected the request to fail'),
    (error: unknown) => error,
  );
}

const bytes = (text: string) => new TextEncoder().encode(text);
const systemError = (code: string, message = `connect ${code} 10.0.0.1:443`) =>
  Object.assign(new Error(message), { code });

/** A body that sends `chunks`, then ends, fails with an error, or stalls for ever. */
function body(chunks: Uint8Array[], end: 'close' | 'stall' | Error): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      if (end === 'close') controller.close();
      else if (end instanceof Error) controller.error(end);
    },
  });
}

async function readText(response: Response): Promise<string> {
  return await response.text();
}

afterEach(() => {
  vi.useRealTimers();
});

describe('network errors', () => {
  it.each([
    ['ECONNREFUSED'],
    ['ENOTFOUND'],
    ['EAI_AGAIN'],
    ['ENETUNREACH'],
    ['EHOSTUNREACH'],
    ['EADDRNOTAVAIL'],
    ['UND_ERR_CONNECT_TIMEOUT'],
  ])('%s means the request was not sent, and the message names the code', async (code) => {
    const { client } = setup([fetchFailed(code)]);
    const error = await failure(sendRequest(client, GET));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ notSent: true, method: 'GET', path: PATH });
    expect((error as Error).message).toBe(
      `Network error on GET ${PATH}: fetch failed (${code}) (the request was not sent)`,
    );
  });

  it.each([
    ['ECONNRESET', fetchFailed('ECONNRESET'), 'fetch failed (ECONNRESET)'],
    ['a socket closed after sending', socketClosed(), 'fetch failed (UND_ERR_SOCKET)'],
    [
      'a socket error whose cause says more',
      new TypeError('fetch failed', {
        cause: Object.assign(new Error('other side closed'), {
          code: 'UND_ERR_SOCKET',
          cause: systemError('ECONNRESET', 'read ECONNRESET'),
        }),
      }),
      'fetch failed (ECONNRESET)',
    ],
    [
      "an error's own code before its cause's",
      Object.assign(new Error('connection reset'), {
        code: 'ECONNRESET',
        cause: systemError('ECONNREFUSED'),
      }),
      'connection reset (ECONNRESET)',
    ],
    ['a failure with no code at all', new TypeError('fetch failed'), 'fetch failed'],
    ['a cause that is null', new TypeError('fetch failed', { cause: null }), 'fetch failed'],
    [
      'an abort whose code is a number',
      new DOMException('The operation was aborted', 'AbortError'),
      'The operation was aborted',
    ],
  ])('%s may have reached GitLab', async (_name, thrown, reason) => {
    const { client } = setup([thrown]);
    const error = await failure(sendRequest(client, GET));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ notSent: false });
    expect((error as Error).message).toBe(`Network error on GET ${PATH}: ${reason}`);
  });

  it('does not repeat a code the message already shows', async () => {
    const { client } = setup([systemError('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.1:443')]);
    const error = await failure(sendRequest(client, GET));
    expect((error as Error).message).toBe(
      `Network error on GET ${PATH}: connect ECONNREFUSED 10.0.0.1:443 (the request was not sent)`,
    );
  });

  it('keeps what fetch threw as the cause of its cause', async () => {
    const thrown = fetchFailed('ECONNREFUSED');
    const { client } = setup([thrown]);
    const error = (await failure(sendRequest(client, GET))) as Error;
    expect((error.cause as Error).cause).toBe(thrown);
  });

  it('says not sent when every address of the host refused (AggregateError)', async () => {
    const aggregate = new AggregateError(
      [systemError('ECONNREFUSED'), systemError('ECONNREFUSED')],
      'all addresses failed',
    );
    const { client, calls } = setup([
      new TypeError('fetch failed', { cause: aggregate }),
      json({ id: 8, status: 'pending' }),
    ]);
    const error = await failure(sendRequest(client, GET));
    expect(error).toMatchObject({ notSent: true });
    expect((error as Error).message).toContain('(ECONNREFUSED)');
    // A POST that provably never left may be sent again.
    const retried = setup([new TypeError('fetch failed', { cause: aggregate }), json({ id: 8 })], {
      retry: { limit: 1, backoffBaseMs: 1, backoffLimitMs: 1 },
    });
    await sendRequest(retried.client, POST);
    expect(retried.calls.map((call) => call.method)).toEqual(['POST', 'POST']);
    expect(calls).toHaveLength(1);
  });

  it.each([
    ['refused first', ['ECONNREFUSED', 'ETIMEDOUT'], 'ETIMEDOUT'],
    ['refused last', ['ETIMEDOUT', 'ECONNREFUSED'], 'ETIMEDOUT'],
    ['one failing without a code', [undefined, 'ETIMEDOUT'], 'ETIMEDOUT'],
  ])('does not say not sent when only some addresses refused (%s)', async (_name, codes, shown) => {
    const aggregate = new AggregateError(
      codes.map((code) => (code ? systemError(code) : new Error('connect failed'))),
      'all addresses failed',
    );
    const { client } = setup([new TypeError('fetch failed', { cause: aggregate })]);
    const error = await failure(sendRequest(client, POST));
    // Not provably unsent: a POST's outcome is unknown, never resent.
    expect(error).toMatchObject({ code: 'OUTCOME_UNKNOWN' });
    expect(((error as Error).cause as NetworkError).notSent).toBe(false);
    expect(((error as Error).cause as Error).message).toContain(`(${shown})`);
  });

  it('survives an error whose cause chain loops', async () => {
    const looped = new Error('looped');
    Object.assign(looped, { cause: looped });
    const aggregate = new AggregateError([], 'looped list');
    Object.assign(aggregate, { errors: [aggregate] });
    for (const thrown of [looped, aggregate]) {
      const { client } = setup([thrown]);
      const error = await failure(sendRequest(client, GET));
      expect(error).toMatchObject({ code: 'NETWORK_ERROR', notSent: false });
    }
  });

  it('fails a GET as a network error when a success body breaks off', async () => {
    const { client } = setup([
      () =>
        new Response(body([bytes('{"id": 8,')], systemError('UND_ERR_SOCKET', 'terminated')), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    ]);
    const error = await failure(sendRequest(client, GET));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toBe(
      `Network error on GET ${PATH}: terminated (UND_ERR_SOCKET)`,
    );
  });
});

describe('bodies that are not JSON', () => {
  it('names the body and its length in the ResponseValidationError', async () => {
    const { client } = setup([new Response('{"id": 8, "na', { status: 200 })]);
    const error = await failure(sendRequest(client, GET));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({
      endpoint: 'getJob',
      route: 'GET /projects/:id/jobs/:job_id',
      issues: [{ field: '', message: 'the body is not valid JSON (13 bytes received)' }],
    });
    expect((error as Error).message).toBe(
      'Unexpected response from GitLab for getJob (GET /projects/:id/jobs/:job_id): body: the body is not valid JSON (13 bytes received)',
    );
  });
});

describe('error answers', () => {
  it.each([
    [429, 7_000],
    [503, 7_000],
    [500, undefined],
    [502, undefined],
  ])('a %i carries retryAfterMs %s from Retry-After', async (status, retryAfterMs) => {
    const { client } = setup([json({ message: 'later' }, status, { 'retry-after': '7' })]);
    const error = await failure(sendRequest(client, GET));
    expect(error).toBeInstanceOf(GitLabHttpError);
    expect((error as GitLabHttpError).retryAfterMs).toBe(retryAfterMs);
  });

  it('falls back to the status text when there is no body', async () => {
    const { client } = setup([new Response(null, { status: 404, statusText: 'Not Found' })]);
    const error = await failure(sendRequest(client, GET));
    expect(error).toMatchObject({ status: 404, gitlabMessage: 'Not Found', body: '' });
  });

  it('falls back to "HTTP <status>" when there is neither body nor status text', async () => {
    const { client } = setup([new Response('', { status: 502 })]);
    const error = await failure(sendRequest(client, GET));
    expect((error as Error).message).toBe(`GitLab answered 502 to GET ${PATH}: HTTP 502`);
  });

  it('still reports the status when the error body breaks off', async () => {
    const { client } = setup([
      () =>
        new Response(body([bytes('{"message": "par')], new Error('terminated')), {
          status: 500,
          statusText: 'Internal Server Error',
        }),
    ]);
    const error = await failure(sendRequest(client, GET));
    expect(error).toMatchObject({
      status: 500,
      gitlabMessage: 'Internal Server Error',
      body: '',
    });
  });

  it('decodes a character split across two chunks of the error body', async () => {
    const e = bytes('é');
    const { client } = setup([
      () =>
        new Response(
          body([bytes('{"message": "caf'), e.slice(0, 1), e.slice(1), bytes('"}')], 'close'),
          { status: 404, headers: { 'content-type': 'application/json' } },
        ),
    ]);
    const error = await failure(sendRequest(client, GET));
    expect(error).toMatchObject({ gitlabMessage: 'café' });
  });

  it('keeps at most 64 KiB of an error body', async () => {
    const { client } = setup([
      () =>
        new Response('x'.repeat(100_000), {
          status: 404,
          headers: { 'content-type': 'text/plain' },
        }),
    ]);
    const error = (await failure(sendRequest(client, GET))) as GitLabHttpError;
    expect(error.body).toHaveLength(64 * 1024);
  });
});

describe('what is sent', () => {
  it('leaves redirects to sendRequest: fetch is told not to follow them', async () => {
    const modes: Array<RequestRedirect | undefined> = [];
    const client = createClient({
      url: 'https://gitlab.example.com',
      token: TOKEN,
      fetch: async (_input, init) => {
        modes.push(init?.redirect);
        return json({ id: 8 });
      },
    });
    await sendRequest(client, GET);
    expect(modes).toEqual(['manual']);
  });

  it('asks for JSON, and sends no body or Content-Type on a GET', async () => {
    const { client, calls } = setup([json({ id: 8 })]);
    await sendRequest(client, GET);
    expect(calls[0]?.headers.get('accept')).toBe('application/json');
    expect(calls[0]?.headers.get('content-type')).toBeNull();
    expect(calls[0]?.body).toBeUndefined();
  });

  it('accepts any type for a stream', async () => {
    const { client, calls } = setup([new Response('log')]);
    await sendRequest(client, { ...GET, expect: 'stream' });
    expect(calls[0]?.headers.get('accept')).toBe('*/*');
  });

  it('sends a JSON body with its Content-Type', async () => {
    const { client, calls } = setup([json({ id: 8 })]);
    await sendRequest(client, { ...POST, body: { job_variables_attributes: [] } });
    expect(calls[0]?.headers.get('content-type')).toBe('application/json');
    expect(calls[0]?.body).toBe('{"job_variables_attributes":[]}');
  });
});

describe('deadlines and Retry-After', () => {
  it('waits for a Retry-After exactly as long as the policy allows', async () => {
    const { client, calls } = setup(
      [json({ message: 'later' }, 429, { 'retry-after': '0' }), json({ id: 8 })],
      { retry: { limit: 1, maxRetryAfterMs: 0 } },
    );
    const response = await sendRequest(client, GET);
    expect(response.data).toEqual({ id: 8 });
    expect(calls).toHaveLength(2);
  });

  it('retries within a deadline that leaves time for the wait', async () => {
    const { client, calls } = setup(
      [json({ message: 'later' }, 429, { 'retry-after': '0' }), json({ id: 8 })],
      { retry: { limit: 1 } },
    );
    await sendRequest(client, { ...GET, deadline: Date.now() + 60_000 });
    expect(calls).toHaveLength(2);
  });

  it('does not wait when the wait would end at the deadline', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 1_700_000_000_000 });
    const { client, calls } = setup([json({ message: 'later' }, 429, { 'retry-after': '1' })], {
      retry: { limit: 1 },
    });
    const error = await failure(sendRequest(client, { ...GET, deadline: Date.now() + 1_000 }));
    expect(error).toMatchObject({ code: 'GITLAB_HTTP_ERROR', status: 429, retryAfterMs: 1_000 });
    expect(calls).toHaveLength(1);
  });

  it('sends nothing once the deadline is reached', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 1_700_000_000_000 });
    const { client, calls } = setup([json({ id: 8 })]);
    const error = await failure(sendRequest(client, { ...GET, deadline: Date.now() }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ method: 'GET', path: PATH, timeoutMs: 0 });
    expect(calls).toHaveLength(0);
  });

  it('waits for a slow answer up to the timeout when there is no deadline', async () => {
    const { client } = setup([
      // As fetch does, the request fails when its signal aborts.
      (call) =>
        new Promise<Response>((resolve, reject) => {
          const timer = setTimeout(() => resolve(json({ id: 8 })), 30);
          call.signal?.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(call.signal?.reason);
          });
        }),
    ]);
    expect((await sendRequest(client, GET)).data).toEqual({ id: 8 });
  });

  it('cuts an attempt short at the deadline when it comes before the timeout', async () => {
    const { client } = setup([hang], { timeoutMs: 5_000 });
    const started = Date.now();
    const error = await failure(sendRequest(client, { ...GET, deadline: Date.now() + 50 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBeGreaterThan(0);
    expect((error as TimeoutError).timeoutMs).toBeLessThanOrEqual(50);
    expect(Date.now() - started).toBeLessThan(2_500);
  });
});

describe("the caller's signal", () => {
  it('sends nothing when it is already aborted', async () => {
    const { client, calls } = setup([json({ id: 8 })]);
    const controller = new AbortController();
    controller.abort(new Error('stopped before'));
    const error = await failure(sendRequest(client, { ...GET, signal: controller.signal }));
    expect((error as Error).message).toBe('stopped before');
    expect(calls).toHaveLength(0);
  });

  it('rejects with its reason, not a network error, when it aborts a request with no retry left', async () => {
    const controller = new AbortController();
    const { client } = setup([
      (call) => {
        controller.abort(new Error('stopped by caller'));
        return hang(call);
      },
    ]);
    const error = await failure(sendRequest(client, { ...GET, signal: controller.signal }));
    expect(error).not.toBeInstanceOf(NetworkError);
    expect((error as Error).message).toBe('stopped by caller');
  });

  it('is let go once a JSON request settles, whether it succeeded or failed', async () => {
    const controller = new AbortController();
    const { client } = setup([json({ id: 8 }), json({ message: 'no' }, 404)]);
    await sendRequest(client, { ...GET, signal: controller.signal });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    await failure(sendRequest(client, { ...GET, signal: controller.signal }));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('stays wired to a streamed body, aborting it, and is let go once the body is read', async () => {
    const controller = new AbortController();
    const { client } = setup([
      // As fetch does, the body fails when the request's signal aborts.
      (call) =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(bytes('first '));
              call.signal?.addEventListener('abort', () => controller.error(call.signal?.reason));
            },
          }),
        ),
      new Response('whole log', { status: 206, headers: { 'x-log': 'yes' } }),
    ]);
    const stalled = await sendRequest(client, {
      ...GET,
      expect: 'stream',
      signal: controller.signal,
    });
    const reading = readText(stalled.response);
    controller.abort(new Error('enough'));
    await expect(reading).rejects.toThrow('enough');

    const other = new AbortController();
    const streamed = await sendRequest(client, { ...GET, expect: 'stream', signal: other.signal });
    expect(await readText(streamed.response)).toBe('whole log');
    expect(getEventListeners(other.signal, 'abort')).toHaveLength(0);
  });
});

describe('streamed bodies', () => {
  it('hand over an answer without a body as it is', async () => {
    const { client } = setup([new Response(null, { status: 204 })]);
    const api = await sendRequest(client, { ...GET, expect: 'stream' });
    expect(api.status).toBe(204);
    expect(api.response.body).toBeNull();
  });

  it('keep the status and headers GitLab sent', async () => {
    const controller = new AbortController();
    const { client } = setup([
      new Response('partial log', { status: 206, headers: { 'content-range': 'bytes 0-10/*' } }),
    ]);
    const api = await sendRequest(client, { ...GET, expect: 'stream', signal: controller.signal });
    expect(api.status).toBe(206);
    expect(api.response.status).toBe(206);
    expect(api.response.headers.get('content-range')).toBe('bytes 0-10/*');
    expect(await readText(api.response)).toBe('partial log');
  });

  it.each([
    ['with', () => new AbortController().signal],
    ['without', () => undefined],
  ])(
    'fail with a TimeoutError when the server stops sending (%s a signal)',
    async (_name, signal) => {
      const { client } = setup([() => new Response(body([bytes('first ')], 'stall'))], {
        timeoutMs: 50,
      });
      const api = await sendRequest(client, { ...GET, expect: 'stream', signal: signal() });
      // Bounded, so that a body nobody times out fails this test instead of hanging it.
      const error = await failure(
        Promise.race([
          readText(api.response),
          new Promise((resolve) => setTimeout(resolve, 2_000, 'still waiting')),
        ]),
      );
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as Error).message).toBe(`GET ${PATH} timed out after 50 ms`);
    },
  );
});

describe('redirects', () => {
  const redirect = (status: number, location: string | null) =>
    new Response(null, { status, headers: location ? { location } : {} });

  it('follows at most three same-origin redirects', async () => {
    const { client, calls } = setup([redirect(302, PATH)]);
    const error = await failure(sendRequest(client, GET));
    expect(error).toMatchObject({ code: 'GITLAB_HTTP_ERROR', status: 302 });
    expect(calls).toHaveLength(4);
  });

  it('names where it was sent, without the query, and which request was redirected', async () => {
    const { client } = setup([
      redirect(301, '/api/v4/projects/1/jobs/9?page=1'),
      redirect(302, 'https://other.example/login?private_token=abc'),
    ]);
    const error = await failure(sendRequest(client, GET));
    expect(error).toMatchObject({ status: 302, path: '/api/v4/projects/1/jobs/9?page=1' });
    expect((error as Error).message).toBe(
      'GitLab answered 302 to GET /api/v4/projects/1/jobs/9?page=1: redirected to https://other.example/login; not followed so the token is not sent there (set the client url to the final address)',
    );
  });

  it('follows none for a client made with redirects: none', async () => {
    const { client, calls } = setup([redirect(301, PATH), json({ id: 8 })], {
      redirects: 'none',
    });
    const error = await failure(sendRequest(client, GET));
    expect((error as Error).message).toBe(
      `GitLab answered 301 to GET ${PATH}: redirected to https://gitlab.example.com${PATH}; this client follows no redirect`,
    );
    expect(calls).toHaveLength(1);
  });

  it('never follows a redirect of a POST', async () => {
    const { client, calls } = setup([redirect(307, '/api/v4/projects/1/jobs/8/play'), json({})]);
    const error = await failure(sendRequest(client, POST));
    expect(error).toMatchObject({ code: 'GITLAB_HTTP_ERROR', status: 307, method: 'POST' });
    expect(calls).toHaveLength(1);
  });

  it.each([
    [
      'a success with a Location header is the answer',
      json({ id: 8 }, 201, { location: '/x' }),
      201,
    ],
    [
      'a 400 with a Location header is an error',
      json({ message: 'bad' }, 400, { location: '/x' }),
      400,
    ],
    ['a 3xx without a Location header is an error', redirect(302, null), 302],
  ])('%s, not a redirect', async (_name, answer, status) => {
    const { client, calls } = setup([answer, json({ id: 9 })]);
    const outcome = await sendRequest(client, GET).catch((error: unknown) => error);
    expect(outcome).toMatchObject({ status });
    expect(calls).toHaveLength(1);
  });
});

describe('a streamed body with watchIdleBody off', () => {
  it('hands over the runtime’s own body, which a pause longer than the timeout does not fail', async () => {
    let release: (() => void) | undefined;
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(new TextEncoder().encode('first '));
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        controller.enqueue(new TextEncoder().encode('second'));
        controller.close();
      },
    });
    const { client } = setup([() => new Response(body)], { timeoutMs: 50 });
    const answer = await sendRequest(client, { ...GET, expect: 'stream', watchIdleBody: false });
    expect(answer.response.body).toBe(body);
    setTimeout(() => release?.(), 150);
    expect(await answer.response.text()).toBe('first second');
  });

  it('is watched by default: the same pause fails the body with a timeout', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('first '));
      },
    });
    const { client } = setup([() => new Response(body)], { timeoutMs: 50 });
    const answer = await sendRequest(client, { ...GET, expect: 'stream' });
    expect(answer.response.body).not.toBe(body);
    await expect(answer.response.text()).rejects.toBeInstanceOf(TimeoutError);
  });
});
