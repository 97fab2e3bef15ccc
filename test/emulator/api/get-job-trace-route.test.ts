// GET /projects/:id/jobs/:job_id/trace: plain text that grows with the clock, sections, erasure.
import { describe, expect, it } from 'vitest';
import { callApi } from '../support/call-api.js';
import { emulatorFor, jobNamed, jobTokenOf, TOKENS } from '../support/world.js';

const owner = { token: TOKENS.owner };
const ESC = '\u001b';
// The build job of jobs-world.yaml starts at 09:00:01 (unix 1717405201).
const START = 1717405201;

async function buildTrace(emulator: ReturnType<typeof emulatorFor>) {
  return callApi(
    emulator,
    `/projects/10/jobs/${jobNamed(emulator, 'group/app', 'build').id}/trace`,
    owner,
  );
}

describe('GET /projects/:id/jobs/:job_id/trace', () => {
  it('serves plain text with a Content-Disposition naming the job', async () => {
    const result = await callApi(
      emulatorFor('jobs-world.yaml'),
      '/projects/10/jobs/100/trace',
      owner,
    );
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toBe('text/plain');
    expect(result.headers.get('content-disposition')).toBe('infile; filename="100.log"');
  });

  it('is an empty 200 before the job runs', async () => {
    const result = await buildTrace(emulatorFor('jobs-world.yaml'));
    expect(result).toMatchObject({ status: 200, text: '' });
  });

  it('grows while the job runs, as far as the clock says', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(1_000 + 2_500);
    expect((await buildTrace(emulator)).text).toBe(
      `step one\n${ESC}[0Ksection_start:${START + 2}:tests\r${ESC}[0K${ESC}[36;1mRunning tests${ESC}[0;m\n`,
    );
    emulator.advance(3_000);
    expect((await buildTrace(emulator)).text).toBe(
      [
        'step one',
        `${ESC}[0Ksection_start:${START + 2}:tests\r${ESC}[0K${ESC}[36;1mRunning tests${ESC}[0;m`,
        'inner',
        `${ESC}[0Ksection_end:${START + 4}:tests\r${ESC}[0K`,
        'step two',
        '',
      ].join('\n'),
    );
  });

  it('holds the whole script once the job has finished', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(60_000);
    expect((await buildTrace(emulator)).text.endsWith('step two\nstep three\n')).toBe(true);
  });

  it('marks collapsed sections and keeps colours', async () => {
    const result = await callApi(
      emulatorFor('jobs-world.yaml'),
      '/projects/10/jobs/100/trace',
      owner,
    );
    expect(result.text).toContain(':compile[collapsed=true]\r');
    expect(result.text).toContain(`${ESC}[32;1mDone${ESC}[0;m\n`);
  });

  it('ignores Range, as GitLab does', async () => {
    const result = await callApi(emulatorFor('jobs-world.yaml'), '/projects/10/jobs/100/trace', {
      ...owner,
      headers: { Range: 'bytes=5-' },
    });
    expect(result.status).toBe(200);
    expect(result.text.startsWith('Compiling\n')).toBe(true);
  });

  it('stops growing when the job is canceled', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(1_000 + 3_500);
    const id = jobNamed(emulator, 'group/app', 'build').id;
    await callApi(emulator, `/projects/10/jobs/${id}/cancel`, { ...owner, method: 'POST' });
    emulator.advance(60_000);
    expect((await buildTrace(emulator)).text.endsWith('inner\n')).toBe(true);
  });

  it('is an empty 200 once the job is erased (GitLab serves trace.raw || "")', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    await callApi(emulator, '/projects/10/jobs/100/erase', { ...owner, method: 'POST' });
    const result = await callApi(emulator, '/projects/10/jobs/100/trace', owner);
    expect(result).toMatchObject({ status: 200, text: '' });
  });

  it('answers 404 for a bridge', async () => {
    const result = await callApi(
      emulatorFor('jobs-world.yaml'),
      '/projects/10/jobs/102/trace',
      owner,
    );
    expect(result.status).toBe(404);
  });

  it('answers 401 to a job token, even the job’s own', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(2_000);
    const build = jobNamed(emulator, 'group/app', 'build').id;
    const token = jobTokenOf(emulator, build);
    const result = await callApi(emulator, `/projects/10/jobs/${build}/trace`, {
      token,
      auth: 'job',
    });
    expect(result.status).toBe(401);
  });
});

describe('a generated log', () => {
  it('grows in proportion to the run and declares its length', async () => {
    const emulator = emulatorFor('big-trace.yaml');
    emulator.advance(1_000);
    const response = await emulator.fetch('http://emulator.local/api/v4/projects/1/jobs/1/trace', {
      headers: { 'PRIVATE-TOKEN': TOKENS.owner },
    });
    const expected = Math.floor(268_435_456 / 100);
    expect(response.headers.get('content-length')).toBe(String(expected));
    expect((await response.arrayBuffer()).byteLength).toBe(expected);
  });

  it('is made of numbered fixed-length lines', async () => {
    const emulator = emulatorFor('big-trace.yaml');
    emulator.advance(10);
    const text = (await callApi(emulator, '/projects/1/jobs/1/trace', owner)).text;
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^0000000001 jobrelay emulator generated log line/);
    expect(lines[1]?.startsWith('0000000002 ')).toBe(true);
    expect(`${lines[0]}\n`).toHaveLength(128);
  });

  it('streams all 256 MiB once finished without holding them in memory', async () => {
    const emulator = emulatorFor('big-trace.yaml');
    emulator.advance(100_000);
    const response = await emulator.fetch('http://emulator.local/api/v4/projects/1/jobs/1/trace', {
      headers: { 'PRIVATE-TOKEN': TOKENS.owner },
    });
    const reader = response.body?.getReader();
    let total = 0;
    let largest = 0;
    let last = new Uint8Array();
    // Bounded: 256 MiB in chunks of at least 4 KiB is far fewer reads than this.
    for (let reads = 0; ; reads++) {
      expect(reads).toBeLessThan(100_000);
      const chunk = await reader?.read();
      if (!chunk || chunk.done) break;
      total += chunk.value.length;
      largest = Math.max(largest, chunk.value.length);
      last = chunk.value;
    }
    expect(total).toBe(268_435_456);
    expect(largest).toBeLessThanOrEqual(64 * 1024);
    const tail = new TextDecoder().decode(last.slice(-128));
    expect(tail.startsWith(String(268_435_456 / 128).padStart(10, '0'))).toBe(true);
  });
});
