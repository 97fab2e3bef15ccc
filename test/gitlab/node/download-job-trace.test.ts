// writeJobTraceToFile over Node's own HTTP stack keeps the core's semantics: redirects, retries, resume, SHA-256, abort.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, type GitLabClient, isGitLabHttpError } from '../../../src/index.js';
import { writeJobTraceToFile } from '../../../src/node.js';

const TOKEN = 'glpat-nodetracetoken00001';
const LOG = Buffer.from(Array.from({ length: 5000 }, (_, i) => `line ${i}\n`).join(''));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
let handler: Handler;
let seen: { url: string; range: string | undefined; token: string | undefined }[];
let server: Server;
let other: Server;
let url: string;
let otherUrl: string;
let dir: string;

function listen(s: Server): Promise<string> {
  return new Promise((resolve) =>
    s.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(s.address() as AddressInfo).port}`),
    ),
  );
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jobrelay-node-trace-'));
  server = createServer((request, response) => {
    seen.push({
      url: request.url ?? '',
      range: request.headers.range,
      token: request.headers['private-token'] as string | undefined,
    });
    handler(request, response);
  });
  other = createServer((request, response) => {
    seen.push({
      url: `other:${request.url}`,
      range: undefined,
      token: request.headers['private-token'] as string,
    });
    response.end('stolen');
  });
  url = await listen(server);
  otherUrl = await listen(other);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => other.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  seen = [];
});

const client = (options: Partial<Parameters<typeof createClient>[0]> = {}): GitLabClient =>
  createClient({ url, token: TOKEN, retry: { backoffBaseMs: 1, backoffLimitMs: 2 }, ...options });

const sendLog = (response: ServerResponse, from = 0) => {
  response.writeHead(200, { 'content-type': 'text/plain', 'content-length': LOG.length - from });
  response.end(LOG.subarray(from));
};

describe('writeJobTraceToFile over node:http', () => {
  it('writes the whole log with its SHA-256, asking with the token once', async () => {
    handler = (_request, response) => sendLog(response);
    const path = join(dir, 'whole.log');
    const written = await writeJobTraceToFile(client(), { project: 'demo/app', jobId: 7, path });
    expect(written).toEqual({ path, bytes: LOG.length, sha256: sha256(LOG) });
    expect(await readFile(path)).toEqual(LOG);
    expect(seen).toEqual([
      { url: '/api/v4/projects/demo%2Fapp/jobs/7/trace', range: undefined, token: TOKEN },
    ]);
  });

  it('resumes a body that breaks off from the bytes written, skipping them when the server resends all', async () => {
    let calls = 0;
    handler = (_request, response) => {
      calls++;
      if (calls === 1) {
        response.writeHead(200, { 'content-length': LOG.length });
        response.write(LOG.subarray(0, 10_000), () => response.socket?.destroy());
        return;
      }
      sendLog(response); // GitLab ignores Range: the whole log again
    };
    const path = join(dir, 'resumed.log');
    const written = await writeJobTraceToFile(client(), { project: 1, jobId: 2, path });
    expect(await readFile(path)).toEqual(LOG);
    expect(written.sha256).toBe(sha256(LOG));
    expect(seen.map((s) => s.range)).toEqual([undefined, expect.stringMatching(/^bytes=\d+-$/)]);
  });

  it('resumes with the 206 of a server that honours Range', async () => {
    let calls = 0;
    handler = (request, response) => {
      calls++;
      if (calls === 1) {
        response.writeHead(200, { 'content-length': LOG.length });
        response.write(LOG.subarray(0, 20_000), () => response.socket?.destroy());
        return;
      }
      const from = Number(/bytes=(\d+)-/.exec(request.headers.range ?? '')?.[1]);
      response.writeHead(206, {
        'content-range': `bytes ${from}-${LOG.length - 1}/${LOG.length}`,
        'content-length': LOG.length - from,
      });
      response.end(LOG.subarray(from));
    };
    const path = join(dir, 'ranged.log');
    const written = await writeJobTraceToFile(client(), { project: 1, jobId: 2, path });
    expect(await readFile(path)).toEqual(LOG);
    expect(written.bytes).toBe(LOG.length);
  });

  it('retries a 503 as a GET is retried, and fails on a 404 at once', async () => {
    let calls = 0;
    handler = (_request, response) => {
      calls++;
      if (calls === 1) response.writeHead(503).end('busy');
      else sendLog(response);
    };
    await writeJobTraceToFile(client(), { project: 1, jobId: 2, path: join(dir, 'retried.log') });
    expect(calls).toBe(2);
    calls = 0;
    handler = (_request, response) => {
      calls++;
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"message":"404 Not found"}');
    };
    const failure = await writeJobTraceToFile(client(), {
      project: 1,
      jobId: 2,
      path: join(dir, 'missing.log'),
    }).catch((error: unknown) => error);
    expect(isGitLabHttpError(failure) && failure.status).toBe(404);
    expect(isGitLabHttpError(failure) && failure.gitlabMessage).toBe('404 Not found');
    expect(calls).toBe(1);
  });

  it('follows a redirect within the instance, and never carries the token to another origin', async () => {
    handler = (request, response) => {
      if (request.url?.endsWith('/trace')) {
        response.writeHead(302, { location: '/api/v4/elsewhere' }).end();
      } else sendLog(response);
    };
    const path = join(dir, 'redirected.log');
    await writeJobTraceToFile(client(), { project: 1, jobId: 2, path });
    expect(await readFile(path)).toEqual(LOG);
    handler = (_request, response) => {
      response.writeHead(302, { location: `${otherUrl}/steal` }).end();
    };
    const failure = await writeJobTraceToFile(client(), { project: 1, jobId: 2, path }).catch(
      (error: unknown) => error,
    );
    expect(isGitLabHttpError(failure) && failure.status).toBe(302);
    expect(seen.some((s) => s.url.startsWith('other:'))).toBe(false);
    const none = await writeJobTraceToFile(client({ redirects: 'none' }), {
      project: 1,
      jobId: 2,
      path,
    }).catch((error: unknown) => error);
    expect(isGitLabHttpError(none) && none.message).toContain('follows no redirect');
  });

  it('starts at an offset, asking with Range', async () => {
    handler = (_request, response) => sendLog(response);
    const path = join(dir, 'offset.log');
    const written = await writeJobTraceToFile(client(), {
      project: 1,
      jobId: 2,
      path,
      offset: 100,
    });
    expect(await readFile(path)).toEqual(LOG.subarray(100));
    expect(written.sha256).toBe(sha256(LOG.subarray(100)));
    expect(seen[0]?.range).toBe('bytes=100-');
  });

  it('stops with the abort reason when the signal aborts mid-body', async () => {
    handler = (_request, response) => {
      response.writeHead(200, { 'content-length': LOG.length });
      response.write(LOG.subarray(0, 1000));
    };
    const controller = new AbortController();
    const reason = new Error('stopped by the caller');
    setTimeout(() => controller.abort(reason), 50);
    const failure = await writeJobTraceToFile(client(), {
      project: 1,
      jobId: 2,
      path: join(dir, 'aborted.log'),
      signal: controller.signal,
    }).catch((error: unknown) => error);
    expect(failure).toBe(reason);
  });

  it('uses the fetch a client was given (a stub, a proxy) instead of node:http', async () => {
    handler = (_request, response) => sendLog(response);
    let fetched = 0;
    const stubbed = client({
      fetch: (input, init) => {
        fetched++;
        return fetch(input, init);
      },
    });
    await writeJobTraceToFile(stubbed, { project: 1, jobId: 2, path: join(dir, 'fetch.log') });
    expect(fetched).toBe(1);
  });
});
