// The emulator over real HTTP on 127.0.0.1: answers, and connection faults as a network shows them.
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type EmulatorServer,
  startEmulatorServer,
} from '../../../src/emulator/node/start-emulator-server.js';
import { fixtureText, jobNamed, TOKENS } from '../support/world.js';

let server: EmulatorServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(): Promise<EmulatorServer> {
  server = await startEmulatorServer({ scenario: fixtureText('jobs-world.yaml') });
  return server;
}

function withManualDeploy(running: EmulatorServer): number {
  running.emulator.advance(22_000);
  return jobNamed(running.emulator, 'group/app', 'deploy').id;
}

function play(running: EmulatorServer, job: number): Promise<Response> {
  return fetch(`${running.url}/api/v4/projects/10/jobs/${job}/play`, {
    method: 'POST',
    headers: { 'PRIVATE-TOKEN': TOKENS.dev },
  });
}

async function failure(
  promise: Promise<unknown>,
): Promise<{ message: string; cause?: { code?: string } }> {
  try {
    await promise;
  } catch (error) {
    return error as never;
  }
  throw new Error('expected a failure');
}

describe('startEmulatorServer', () => {
  it('listens on a free loopback port and serves the API', async () => {
    const running = await start();
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${running.url}/api/v4/projects/10/jobs/100`, {
      headers: { 'PRIVATE-TOKEN': TOKENS.owner },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { web_url: string }).web_url).toBe(
      `${running.url}/group/app/-/jobs/100`,
    );
  });

  it('drops the connection without an answer for reset, leaving the job unplayed', async () => {
    const running = await start();
    const deploy = withManualDeploy(running);
    running.emulator.runtime.faults.add({
      route: 'POST /projects/:id/jobs/:job_id/play',
      kind: 'reset',
    });
    const error = await failure(play(running, deploy));
    expect(error.message).toBe('fetch failed');
    expect(error.cause?.code).toBe('ECONNRESET');
    expect(running.emulator.state.jobs.get(deploy)?.status).toBe('manual');
  });

  it('plays the job and then drops the connection for reset-after-send', async () => {
    const running = await start();
    const deploy = withManualDeploy(running);
    running.emulator.runtime.faults.add({
      route: 'POST /projects/:id/jobs/:job_id/play',
      kind: 'reset-after-send',
    });
    const error = await failure(play(running, deploy));
    expect(error.cause?.code).toBe('ECONNRESET');
    expect(running.emulator.state.jobs.get(deploy)?.status).toBe('pending');
    expect((await play(running, deploy)).status).toBe(400);
  });

  it('drops a refused request before GitLab sees it (a live socket cannot refuse; stop the server for that)', async () => {
    const running = await start();
    const deploy = withManualDeploy(running);
    running.emulator.runtime.faults.add({
      route: 'POST /projects/:id/jobs/:job_id/play',
      kind: 'refuse',
    });
    expect((await failure(play(running, deploy))).message).toBe('fetch failed');
    expect(running.emulator.state.jobs.get(deploy)?.status).toBe('manual');
  });

  it('refuses connections for real once closed', async () => {
    const running = await start();
    await running.close();
    const error = await failure(fetch(`${running.url}/api/v4/job`));
    expect(error.cause?.code).toBe('ECONNREFUSED');
  });

  it('sends fewer bytes than its Content-Length and closes for truncate', async () => {
    const running = await start();
    running.emulator.runtime.faults.add({
      route: 'GET /projects/:id/jobs/:job_id',
      kind: 'truncate',
    });
    const url = new URL(`${running.url}/api/v4/projects/10/jobs/100`);
    const { declared, received, aborted } = await new Promise<{
      declared: number;
      received: number;
      aborted: boolean;
    }>((resolve, reject) => {
      const req = httpRequest(url, { headers: { 'PRIVATE-TOKEN': TOKENS.owner } }, (res) => {
        let received = 0;
        res.on('data', (chunk: Buffer) => {
          received += chunk.length;
        });
        res.on('error', () => undefined);
        res.on('close', () =>
          resolve({
            declared: Number(res.headers['content-length']),
            received,
            aborted: !res.complete,
          }),
        );
      });
      req.on('error', reject);
      req.end();
    });
    expect(aborted).toBe(true);
    expect(received).toBeGreaterThan(0);
    expect(received).toBeLessThan(declared);
  });

  it('fails a fetch reading a truncated body', async () => {
    const running = await start();
    running.emulator.runtime.faults.add({
      route: 'GET /projects/:id/jobs/:job_id',
      kind: 'truncate',
    });
    const response = await fetch(`${running.url}/api/v4/projects/10/jobs/100`, {
      headers: { 'PRIVATE-TOKEN': TOKENS.owner },
    });
    expect(response.status).toBe(200);
    expect((await failure(response.text())).message).toBe('terminated');
  });

  it('serves a generated 256 MiB log over HTTP', async () => {
    server = await startEmulatorServer({ scenario: fixtureText('big-trace.yaml') });
    server.emulator.advance(100_000);
    const response = await fetch(`${server.url}/api/v4/projects/1/jobs/1/trace`, {
      headers: { 'PRIVATE-TOKEN': TOKENS.owner },
    });
    const reader = response.body?.getReader();
    let total = 0;
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
      total += chunk.value.length;
    }
    expect(total).toBe(268_435_456);
  });
});
