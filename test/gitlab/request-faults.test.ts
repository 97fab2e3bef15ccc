// The fault matrix: for each method and fault, how many requests are sent and what the caller gets.
import { describe, expect, it } from 'vitest';
import { createClient, getJob, playJob } from '../../src/index.js';
import { seedJob } from '../helpers/fixtures.js';
import {
  fetchFailed,
  hang,
  json,
  type Step,
  socketClosed,
  stubFetch,
} from '../helpers/stub-fetch.js';

const TOKEN = 'glpat-faultmatrixtoken0001';
const RETRY = { limit: 2, backoffBaseMs: 1, backoffLimitMs: 2, readBackDelayMs: 0 };

interface Fault {
  name: string;
  step: () => Step;
  /** GET: retried, and the error code when it persists. */
  getCode: string;
  /** POST: resent (provably not processed) or read back (it may have arrived). */
  post: 'resend' | 'read-back' | 'fail';
}

const html502 =
  '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>';

const FAULTS: Fault[] = [
  {
    name: '429 with Retry-After',
    step: () => json({ message: 'Retry later' }, 429, { 'retry-after': '0' }),
    getCode: 'GITLAB_HTTP_ERROR',
    post: 'resend',
  },
  {
    name: '429 without Retry-After',
    step: () =>
      json(
        { message: { error: 'This endpoint has been requested too many times. Try again later.' } },
        429,
      ),
    getCode: 'GITLAB_HTTP_ERROR',
    post: 'resend',
  },
  {
    // A proxy's request timeout: retried on a GET; on a POST it may have reached GitLab.
    name: '408',
    step: () => new Response('', { status: 408 }),
    getCode: 'GITLAB_HTTP_ERROR',
    post: 'read-back',
  },
  {
    name: '500',
    step: () => json({ message: '500 Internal Server Error' }, 500),
    getCode: 'GITLAB_HTTP_ERROR',
    post: 'read-back',
  },
  {
    name: '502 with an HTML body',
    step: () => new Response(html502, { status: 502, headers: { 'content-type': 'text/html' } }),
    getCode: 'GITLAB_HTTP_ERROR',
    post: 'read-back',
  },
  {
    name: '503',
    step: () => new Response('Retry later', { status: 503 }),
    getCode: 'GITLAB_HTTP_ERROR',
    post: 'read-back',
  },
  {
    name: '504',
    step: () => new Response('', { status: 504 }),
    getCode: 'GITLAB_HTTP_ERROR',
    post: 'read-back',
  },
  {
    name: 'connection refused',
    step: () => fetchFailed('ECONNREFUSED'),
    getCode: 'NETWORK_ERROR',
    post: 'resend',
  },
  {
    name: 'DNS failure',
    step: () => fetchFailed('ENOTFOUND'),
    getCode: 'NETWORK_ERROR',
    post: 'resend',
  },
  {
    name: 'reset after send',
    step: () => socketClosed(),
    getCode: 'NETWORK_ERROR',
    post: 'read-back',
  },
  {
    name: 'reset (ECONNRESET)',
    step: () => fetchFailed('ECONNRESET'),
    getCode: 'NETWORK_ERROR',
    post: 'read-back',
  },
  { name: 'timeout', step: () => hang, getCode: 'TIMEOUT', post: 'read-back' },
  {
    name: 'truncated JSON',
    step: () =>
      new Response('{"id": 8, "name": "rub', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
    getCode: 'RESPONSE_VALIDATION_ERROR',
    post: 'read-back',
  },
];

function client(fetch: ReturnType<typeof stubFetch>['fetch']) {
  return createClient({
    url: 'https://gitlab.example.com',
    token: TOKEN,
    fetch,
    retry: RETRY,
    timeoutMs: 50,
  });
}

const posts = (calls: { method: string }[]) =>
  calls.filter((call) => call.method === 'POST').length;

describe.each(FAULTS)('fault: $name', (fault) => {
  it('GET is retried once and then succeeds', async () => {
    const stub = stubFetch(fault.step(), json(seedJob()));
    const job = await getJob(client(stub.fetch), { project: 1, jobId: 8 });
    expect(job.id).toBe(8);
    expect(stub.calls).toHaveLength(2);
  });

  it('GET gives up after the retry limit with a typed error', async () => {
    const stub = stubFetch(fault.step());
    const error = await getJob(client(stub.fetch), { project: 1, jobId: 8 }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: fault.getCode });
    expect(stub.calls).toHaveLength(RETRY.limit + 1);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });

  if (fault.post === 'resend') {
    it('POST is sent again, since GitLab provably did not act on it', async () => {
      const stub = stubFetch(fault.step(), json(seedJob({ status: 'pending' })));
      const job = await playJob(client(stub.fetch), { project: 1, jobId: 8 });
      expect(job.status).toBe('pending');
      expect(posts(stub.calls)).toBe(2);
    });
  } else {
    it('POST is not resent; reading the job back shows it was played', async () => {
      const stub = stubFetch(fault.step(), json(seedJob({ status: 'pending' })));
      const job = await playJob(client(stub.fetch), { project: 1, jobId: 8 });
      expect(job.status).toBe('pending');
      expect(posts(stub.calls)).toBe(1);
      expect(stub.calls.map((call) => call.method)).toEqual(['POST', 'GET']);
      expect(stub.calls[1]?.url.pathname).toBe('/api/v4/projects/1/jobs/8');
    });

    it('POST is not resent; when the job is still manual the outcome is reported unknown', async () => {
      const stub = stubFetch(fault.step(), json(seedJob({ status: 'manual' })));
      const error = await playJob(client(stub.fetch), { project: 1, jobId: 8 }).catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: 'OUTCOME_UNKNOWN', jobId: 8, operation: 'playJob' });
      expect((error as Error).message).toContain('was not sent again');
      expect(posts(stub.calls)).toBe(1);
    });

    it('POST is not resent; when the read-back fails too the outcome is unknown', async () => {
      const stub = stubFetch(fault.step(), fetchFailed('ECONNREFUSED'));
      const error = await playJob(client(stub.fetch), { project: 1, jobId: 8 }).catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: 'OUTCOME_UNKNOWN' });
      expect(posts(stub.calls)).toBe(1);
    });
  }
});

describe('a play with variables', () => {
  it('reads the job back after a reset, without resending the variables', async () => {
    const stub = stubFetch(socketClosed(), json(seedJob({ status: 'pending' })));
    const job = await playJob(client(stub.fetch), {
      project: 1,
      jobId: 8,
      variables: { TARGET: 'prod' },
    });
    expect(job.status).toBe('pending');
    expect(stub.calls.map((call) => call.method)).toEqual(['POST', 'GET']);
    expect(stub.calls[1]?.body).toBeUndefined();
  });
});

describe('POST answers that are final', () => {
  it.each([
    [400, { message: '400 Bad request - Unplayable Job' }, '400 Bad request - Unplayable Job'],
    [
      400,
      { error: 'job_variables_attributes[0][key] is missing' },
      'job_variables_attributes[0][key] is missing',
    ],
    [403, { message: '403 Forbidden' }, '403 Forbidden'],
    [404, { message: '404 Project Not Found' }, '404 Project Not Found'],
    [401, { message: '401 Unauthorized' }, '401 Unauthorized'],
  ])(
    "a %i is thrown at once with GitLab's message and never resent",
    async (status, body, message) => {
      const stub = stubFetch(json(body, status));
      const error = await playJob(client(stub.fetch), { project: 1, jobId: 8 }).catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({
        code: 'GITLAB_HTTP_ERROR',
        status,
        gitlabMessage: message,
        method: 'POST',
      });
      expect(stub.calls).toHaveLength(1);
    },
  );
});

describe('waiting as GitLab asks', () => {
  it('throws a 429 at once, with retryAfterMs, when Retry-After is longer than the policy allows', async () => {
    const stub = stubFetch(json({ message: 'Retry later' }, 429, { 'retry-after': '3600' }));
    const error = await getJob(client(stub.fetch), { project: 1, jobId: 8 }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ status: 429, retryAfterMs: 3_600_000 });
    expect(stub.calls).toHaveLength(1);
  });

  it('does not wait past the caller deadline', async () => {
    const stub = stubFetch(json({ message: 'Retry later' }, 429, { 'retry-after': '30' }));
    const started = Date.now();
    const error = await getJob(client(stub.fetch), {
      project: 1,
      jobId: 8,
      deadline: Date.now() + 1000,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(stub.calls).toHaveLength(1);
  });

  it("stops at once when the caller aborts, with the caller's reason", async () => {
    const controller = new AbortController();
    const stub = stubFetch((call) => {
      controller.abort(new Error('stopped by caller'));
      return hang(call);
    });
    const error = await getJob(client(stub.fetch), {
      project: 1,
      jobId: 8,
      signal: controller.signal,
    }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('stopped by caller');
    expect(stub.calls).toHaveLength(1);
  });
});

describe('other POSTs settle by reading back', () => {
  it('retryJob finds the new job in the pipeline instead of retrying twice', async () => {
    const stub = stubFetch(
      socketClosed(),
      json(seedJob({ id: 8, name: 'rubocop' })),
      json([
        seedJob({ id: 12, name: 'rubocop', status: 'pending' }),
        seedJob({ id: 11, name: 'rspec' }),
      ]),
    );
    const job = await (await import('../../src/index.js')).retryJob(client(stub.fetch), {
      project: 1,
      jobId: 8,
    });
    expect(job.id).toBe(12);
    expect(posts(stub.calls)).toBe(1);
    expect(stub.calls[2]?.url.pathname).toBe('/api/v4/projects/1/pipelines/6/jobs');
  });

  it('cancelJob accepts a canceling job as cancelled', async () => {
    const { cancelJob } = await import('../../src/index.js');
    const stub = stubFetch(
      new Response('', { status: 504 }),
      json(seedJob({ status: 'canceling' })),
    );
    const job = await cancelJob(client(stub.fetch), { project: 1, jobId: 8 });
    expect(job.status).toBe('canceling');
    expect(posts(stub.calls)).toBe(1);
  });

  it('eraseJob accepts a job with erased_at as erased', async () => {
    const { eraseJob } = await import('../../src/index.js');
    const stub = stubFetch(
      socketClosed(),
      json(seedJob({ erased_at: '2026-01-01T00:00:00.000Z' })),
    );
    const job = await eraseJob(client(stub.fetch), { project: 1, jobId: 8 });
    expect(job.erased_at).toBe('2026-01-01T00:00:00.000Z');
    expect(posts(stub.calls)).toBe(1);
  });
});
