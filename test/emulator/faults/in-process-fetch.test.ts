// Faults through the in-process fetch: refused, reset (before or after applying), truncated, slow.
import { describe, expect, it } from 'vitest';
import { asObject, callApi } from '../support/call-api.js';
import { emulatorFor, jobNamed, TOKENS } from '../support/world.js';

const PLAY = 'POST /projects/:id/jobs/:job_id/play';

function withManualDeploy() {
  const emulator = emulatorFor('jobs-world.yaml');
  emulator.advance(22_000);
  return { emulator, deploy: jobNamed(emulator, 'group/app', 'deploy').id };
}

function play(emulator: ReturnType<typeof emulatorFor>, deploy: number) {
  return emulator.fetch(`http://emulator.local/api/v4/projects/10/jobs/${deploy}/play`, {
    method: 'POST',
    headers: { 'PRIVATE-TOKEN': TOKENS.dev },
  });
}

async function failure(
  promise: Promise<unknown>,
): Promise<{ name: string; message: string; cause: { code?: string } }> {
  try {
    await promise;
  } catch (error) {
    return error as never;
  }
  throw new Error('expected a failure');
}

describe('the in-process fetch under faults', () => {
  it('rejects like undici with ECONNREFUSED for a refused connection, and does not apply the request', async () => {
    const { emulator, deploy } = withManualDeploy();
    emulator.runtime.faults.add({ route: PLAY, kind: 'refuse' });
    const error = await failure(play(emulator, deploy));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('fetch failed');
    expect(error.cause.code).toBe('ECONNREFUSED');
    expect(emulator.state.jobs.get(deploy)?.status).toBe('manual');
  });

  it('rejects with ECONNRESET for a reset before GitLab applies the request', async () => {
    const { emulator, deploy } = withManualDeploy();
    emulator.runtime.faults.add({ route: PLAY, kind: 'reset' });
    expect((await failure(play(emulator, deploy))).cause.code).toBe('ECONNRESET');
    expect(emulator.state.jobs.get(deploy)?.status).toBe('manual');
  });

  it('rejects with ECONNRESET after GitLab applied the request for reset-after-send', async () => {
    const { emulator, deploy } = withManualDeploy();
    emulator.runtime.faults.add({ route: PLAY, kind: 'reset-after-send' });
    expect((await failure(play(emulator, deploy))).cause.code).toBe('ECONNRESET');
    expect(emulator.state.jobs.get(deploy)?.status).toBe('pending');
  });

  it('records whether a faulted request was applied', async () => {
    const { emulator, deploy } = withManualDeploy();
    emulator.runtime.faults.add({ route: PLAY, kind: 'reset-after-send' });
    await failure(play(emulator, deploy));
    await play(emulator, deploy);
    expect(emulator.runtime.requestLog.list({ method: 'POST' })).toMatchObject([
      { fault: 'reset-after-send', applied: true, status: 200 },
      { fault: null, applied: true, status: 400 },
    ]);
  });

  it('cuts the body short of its Content-Length for truncate, failing the read', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.runtime.faults.add({ route: 'GET /projects/:id/jobs/:job_id', kind: 'truncate' });
    const response = await emulator.fetch('http://emulator.local/api/v4/projects/10/jobs/100', {
      headers: { 'PRIVATE-TOKEN': TOKENS.owner },
    });
    expect(response.status).toBe(200);
    const error = await failure(response.text());
    expect(error.message).toBe('terminated');
  });

  it('answers a scripted status, body and headers instead of GitLab', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.runtime.faults.add({
      route: 'GET /projects/10/jobs',
      status: 503,
      body: { message: 'maintenance' },
      headers: { 'retry-after': '7' },
    });
    const result = await callApi(emulator, '/projects/10/jobs', { token: TOKENS.owner });
    expect(result).toMatchObject({ status: 503, body: { message: 'maintenance' } });
    expect(result.headers.get('retry-after')).toBe('7');
  });

  it('applies the request and loses GitLab’s answer with apply: true', async () => {
    const { emulator, deploy } = withManualDeploy();
    emulator.runtime.faults.add({ route: PLAY, status: 504, body: 'Gateway Timeout', apply: true });
    const response = await play(emulator, deploy);
    expect(response.status).toBe(504);
    expect(await response.text()).toBe('Gateway Timeout');
    expect(emulator.state.jobs.get(deploy)?.status).toBe('pending');
  });

  it('answers a load balancer’s 502 HTML page for bad-gateway', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.runtime.faults.add({ kind: 'bad-gateway' });
    const result = await callApi(emulator, '/projects/10/jobs', { token: TOKENS.owner });
    expect(result.status).toBe(502);
    expect(result.headers.get('content-type')).toBe('text/html');
    expect(result.text).toContain('<h1>502 Bad Gateway</h1>');
  });

  it('hits only the next `times` matching requests', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.runtime.faults.add({ route: 'GET /projects/:id/jobs', status: 500, times: 2 });
    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      statuses.push((await callApi(emulator, '/projects/10/jobs', { token: TOKENS.owner })).status);
    }
    expect(statuses).toEqual([500, 500, 200]);
  });

  it('leaves requests to other routes alone', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.runtime.faults.add({ route: PLAY, status: 500 });
    expect((await callApi(emulator, '/projects/10/jobs', { token: TOKENS.owner })).status).toBe(
      200,
    );
  });

  it('holds a delayed answer until the virtual clock has moved on', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.runtime.faults.add({ route: 'GET /projects/:id/jobs/:job_id', delayMs: 5_000 });
    let settled = false;
    const pending = callApi(emulator, '/projects/10/jobs/100', { token: TOKENS.owner }).then(
      (result) => {
        settled = true;
        return result;
      },
    );
    await new Promise((resolve) => setImmediate(resolve));
    emulator.advance(4_999);
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    emulator.advance(1);
    expect(asObject(await pending).id).toBe(100);
  });

  it('rejects with the abort reason when the caller gives up on a delayed answer', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.runtime.faults.add({ delayMs: 60_000 });
    const controller = new AbortController();
    const pending = emulator.fetch('http://emulator.local/api/v4/projects/10/jobs', {
      headers: { 'PRIVATE-TOKEN': TOKENS.owner },
      signal: controller.signal,
    });
    controller.abort(new DOMException('gave up', 'TimeoutError'));
    expect((await failure(pending)).name).toBe('TimeoutError');
  });
});
