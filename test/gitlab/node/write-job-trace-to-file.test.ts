// A 200 MB log streams to a file over real HTTP with memory far below its size.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/index.js';
import { writeJobTraceToFile } from '../../../src/node.js';

const TOKEN = 'glpat-bigtracetoken000001';
const LOG_BYTES = 200 * 1024 * 1024;
const LINE = Buffer.from(`\u001b[32m${'log line '.repeat(12)}\u001b[0m\n`);
const CHUNK = Buffer.concat(Array.from({ length: Math.ceil(65536 / LINE.length) }, () => LINE));

const run = promisify(execFile);
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
  it('writes a 200 MB log to a file in a child whose heap is capped far below the log size', async () => {
    const path = join(dir, 'big.log');
    // A 48 MB heap cannot hold the log as a string; the peak RSS shows no off-heap copy either.
    const { stdout } = await run(
      process.execPath,
      [
        '--max-old-space-size=48',
        '--import',
        'tsx',
        'test/fixtures/node/download-trace-child.ts',
        url,
        TOKEN,
        path,
      ],
      { maxBuffer: 1024 * 1024 },
    );
    const report = JSON.parse(stdout) as {
      bytes: number;
      sha256: string;
      maxRssBefore: number;
      maxRss: number;
    };
    expect(report.bytes).toBe(LOG_BYTES);
    expect((await stat(path)).size).toBe(LOG_BYTES);
    expect(report.sha256).toBe(expectedDigest(LOG_BYTES));
    // Holding the log would add at least 200 MB; streaming adds buffers that GC frees lazily.
    expect(report.maxRss - report.maxRssBefore).toBeLessThan(100 * 1024 * 1024);
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
