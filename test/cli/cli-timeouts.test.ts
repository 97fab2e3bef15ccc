// Every wait ends: a server that accepts the connection and never answers, or stops mid-log, gives exit 3.
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';

const servers: Server[] = [];
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(
    servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  );
});

/** A TCP server on 127.0.0.1 that accepts connections and then does `onConnection` (or nothing). */
async function silentServer(onConnection: (socket: Socket) => void = () => undefined) {
  const server = createServer((socket) => {
    sockets.push(socket);
    socket.on('error', () => undefined);
    onConnection(socket);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

async function cli(argv: string[], url: string) {
  let stdout = '';
  let stderr = '';
  const started = Date.now();
  const code = await runCli(argv, {
    env: { GITLAB_URL: url, GITLAB_TOKEN: 'glpat-timeouts-test-0001' },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr, elapsedMs: Date.now() - started };
}

const job = ['--project', 'g/a', '--job', '1'];

describe('the CLI against a server that never answers', () => {
  it('wait-for-job exits 3 (timed out) at --timeout, not 4', async () => {
    const run = await cli(['wait-for-job', ...job, '--timeout', '1s'], await silentServer());
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('timed out');
    expect(run.elapsedMs).toBeLessThan(5_000);
  }, 10_000);

  it('a one-shot command gives each request --request-timeout and exits 3', async () => {
    const run = await cli(
      ['get', ...job, '--request-timeout', '200ms', '--timeout', '2s'],
      await silentServer(),
    );
    expect(run.code).toBe(3);
    // Each attempt stops at 200 ms; the last may be cut shorter by the 2 s --timeout.
    const waited = Number(/timed out after (\d+) ms/.exec(run.stderr)?.[1]);
    expect(waited).toBeGreaterThan(0);
    expect(waited).toBeLessThanOrEqual(200);
    expect(run.stderr).toContain('--request-timeout');
  }, 10_000);

  it('trace stops a log that stops coming after --request-timeout, with exit 3', async () => {
    const url = await silentServer((socket) => {
      socket.once('data', () => {
        // The headers and the first piece of the log, then nothing more.
        socket.write(
          'HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ntransfer-encoding: chunked\r\n\r\n6\r\nline 1\r\n',
        );
      });
    });
    const run = await cli(['trace', ...job, '--request-timeout', '500ms'], url);
    expect(run.stdout).toBe('line 1');
    expect(run.code).toBe(3);
    expect(run.elapsedMs).toBeLessThan(5_000);
  }, 10_000);

  it('refuses --timeout 0 as bad usage', async () => {
    const run = await cli(['wait-for-job', ...job, '--timeout', '0'], await silentServer());
    expect(run.code).toBe(2);
  });
});
