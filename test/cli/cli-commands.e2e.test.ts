// dist/cli.js run as a process for trigger-manual-job and fetch-trace-artifact: failure, timeout, bad input, 429.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatorServer } from '../../src/emulator/node/start-emulator-server.js';
import { killChildren } from '../steps/support/child-process.js';
import { CI_BOT_TOKEN, jobId, PROJECT, serveWorld } from '../steps/support/ci-step-world.js';
import { addFault, loggedRequests } from '../steps/support/emulator-control.js';
import { removeScratchDirs, runCliProcess, scratchDir } from './support/run-cli-process.js';

let server: EmulatorServer;

beforeEach(async () => {
  server = await serveWorld(50);
});

afterEach(async () => {
  killChildren();
  removeScratchDirs();
  await server.close();
});

const env = () => ({ GITLAB_URL: server.url, GITLAB_TOKEN: CI_BOT_TOKEN });
const fast = ['--project', PROJECT, '--interval', '50ms', '--max-interval', '100ms'];
const job = (name: string) => ['--job', String(jobId(server.emulator, name))];

describe('jobrelay trigger-manual-job', () => {
  it('exits 1 when the played job fails, with --wait', async () => {
    const run = await runCliProcess(
      ['trigger-manual-job', ...fast, ...job('smoke'), '--wait', '--json'],
      env(),
    );
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      status: 'failed',
      'failure-reason': 'script_failure',
    });
  });

  it('exits 3 when the job stays created past the timeout', async () => {
    const run = await runCliProcess(
      ['trigger-manual-job', ...fast, ...job('release'), '--timeout', '500ms'],
      env(),
    );
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('is still created');
  });

  it('exits 2 on a bad --var, naming --var, without showing the value', async () => {
    const run = await runCliProcess(
      ['trigger-manual-job', ...fast, ...job('approve'), '--var', 'BAD KEY=secret-value-1'],
      env(),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Invalid --var [REDACTED]');
    expect(run.stderr).not.toContain('secret-value-1');
    expect(await loggedRequests(server.url)).toEqual([]);
  });

  it('plays once after a 429 on the play', async () => {
    await addFault(server.url, {
      route: 'POST /projects/:id/jobs/:job_id/play',
      status: 429,
      headers: { 'Retry-After': '0' },
      times: 1,
    });
    const run = await runCliProcess(['trigger-manual-job', ...fast, ...job('approve')], env());
    expect(run.code).toBe(0);
    const plays = await loggedRequests(server.url, { method: 'POST', path: '/play' });
    expect(plays.filter((entry) => entry.applied)).toHaveLength(1);
  });
});

describe('jobrelay fetch-trace-artifact', () => {
  it('exits 1 for a failed job, the log saved all the same', async () => {
    server.emulator.advance(60_000);
    const cwd = scratchDir();
    const run = await runCliProcess(
      ['fetch-trace-artifact', ...fast, ...job('flaky'), '--output', 'flaky.log'],
      env(),
      cwd,
    );
    expect(run.code).toBe(1);
    expect(readFileSync(join(cwd, 'flaky.log'), 'utf8')).toContain('Error: the flake struck');
  });

  it('exits 3 following a job that does not end in time', async () => {
    const run = await runCliProcess(
      ['fetch-trace-artifact', ...fast, ...job('long'), '--follow', '--timeout', '500ms'],
      env(),
    );
    expect(run.code).toBe(3);
  });

  it('exits 2 on a bad --interval, naming it', async () => {
    const run = await runCliProcess(
      ['fetch-trace-artifact', ...fast, ...job('build'), '--interval', 'fast'],
      env(),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Invalid --interval "fast"');
  });

  it('rides out a 429 on the log download, stripping ANSI codes', async () => {
    server.emulator.advance(60_000);
    await addFault(server.url, {
      route: 'GET /projects/:id/jobs/:job_id/trace',
      status: 429,
      headers: { 'Retry-After': '0' },
      times: 1,
    });
    const cwd = scratchDir();
    const run = await runCliProcess(
      ['fetch-trace-artifact', ...fast, ...job('build'), '--strip-ansi'],
      env(),
      cwd,
    );
    expect(run.code).toBe(0);
    const text = readFileSync(join(cwd, 'job.log'), 'utf8');
    expect(text).toContain('Running unit tests\n');
    expect(text).not.toContain('\u001b');
  });
});
