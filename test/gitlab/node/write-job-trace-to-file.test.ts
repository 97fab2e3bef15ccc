// A 200 MB log streams to a file over real HTTP with memory far below its size.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/index.js';
import { writeJobTraceToFile } from '../../../src/node.js';

const TOKEN = 'glpat-bigtracetoken000001';
const LOG_BYTES = 200 * 1024 * 1024;
const LINE = Buffer.from(`\u001b[32m${'log line '.repeat(12)}\u001b[0m\n`);
const CHUNK = Buffer.concat(Array.from({ length: Math.ceil(65536 / LINE.length) }, () => LINE));

let server: Server;
let url: string;
let dir: string;

// The expected digest of the generated log, computed the same way the server generates it.
function expectedDigest(bytes: number): string {
  const hash = createHash('sha256');
  for (let sent = 0; sent < bytes; sent += CHUNK.length)
    hash.update(CHUNK.subarray(0, Math.min(CHUNK.length, bytes - sent)));
  return hash.digest('hex');
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jobrelay-trace-'));
  server = createServer((request, response) => {
    if (request.headers['private-token'] !== TOKEN) {
      response
        .writeHead(401, { 'content-type': 'application/json' })
        .end('{"message":"401 Unauthorized"}');
      return;
    }
    const total = request.url?.includes('/jobs/2/') ? 1000 : LOG_BYTES;
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    let sent = 0;
    const pump = () => {
      while (sent < total) {
        const piece = CHUNK.subarray(0, Math.min(CHUNK.length, total - sent));
        sent += piece.length;
        if (!response.write(piece)) {
          response.once('drain', pump);
          return;
        }
      }
      response.end();
    };
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('writeJobTraceToFile', () => {
  it('writes a 200 MB log to a file with peak memory growth far below the log size', async () => {
    const client = createClient({ url, token: TOKEN });
    const path = join(dir, 'big.log');
    globalThis.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    const written = await writeJobTraceToFile(client, { project: 'demo/app', jobId: 1, path });
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(written.bytes).toBe(LOG_BYTES);
    expect((await stat(path)).size).toBe(LOG_BYTES);
    expect(written.sha256).toBe(expectedDigest(LOG_BYTES));
    // Holding the log would cost ≥ 200 MB; streaming costs a few buffers.
    expect(peak - baseline).toBeLessThan(64 * 1024 * 1024);
  });

  it('appends when asked, for following a log', async () => {
    const client = createClient({ url, token: TOKEN });
    const path = join(dir, 'small.log');
    await writeJobTraceToFile(client, { project: 1, jobId: 2, path });
    const second = await writeJobTraceToFile(client, {
      project: 1,
      jobId: 2,
      path,
      mode: 'append',
    });
    expect(second.bytes).toBe(1000);
    expect((await readFile(path)).length).toBe(2000);
  });
});
