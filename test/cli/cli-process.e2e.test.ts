// dist/cli.js run as a process against the emulator over HTTP: each command, exit codes, environment.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatorServer } from '../../src/emulator/node/start-emulator-server.js';
import { type ChildRun, killChildren } from '../steps/support/child-process.js';
import {
  CI_BOT_TOKEN,
  jobId,
  PROJECT,
  pipelineId,
  serveWorld,
} from '../steps/support/ci-step-world.js';
import { addFault, loggedRequests } from '../steps/support/emulator-control.js';
import {
  removeScratchDirs,
  runCliProcess,
  scratchDir,
  startCli,
} from './support/run-cli-process.js';

let server: EmulatorServer;

beforeEach(async () => {
  server = await serveWorld(50);
});

afterEach(async () => {
  killChildren();
  removeScratchDirs();
  await server.close();
});

// Outside GitLab: GITLAB_URL and GITLAB_TOKEN; every step polls fast.
const env = () => ({ GITLAB_URL: server.url, GITLAB_TOKEN: CI_BOT_TOKEN });
const fast = ['--project', PROJECT, '--interval', '50ms', '--max-interval', '100ms'];

function expectNoToken(run: ChildRun, token = CI_BOT_TOKEN): void {
  expect(run.stdout).not.toContain(token);
  expect(run.stderr).not.toContain(token);
}

describe('jobrelay wait-for-job', () => {
  it('exits 0 when the job succeeds, with the outputs as JSON on stdout', async () => {
    const id = jobId(server.emulator, 'build');
    const run = await runCliProcess(
      ['wait-for-job', ...fast, '--job', String(id), '--json'],
      env(),
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'success', 'job-id': id });
    expect(run.stderr).toMatch(/job \d+ "build": running → success/);
    expectNoToken(run);
  });

  it('exits 1 when the job fails', async () => {
    const run = await runCliProcess(
      ['wait-for-job', ...fast, '--job', String(jobId(server.emulator, 'flaky'))],
      env(),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error: Job');
    expect(run.stderr).toContain('script_failure');
  });

  it('exits 3 at the timeout', async () => {
    const run = await runCliProcess(
      [
        'wait-for-job',
        ...fast,
        '--job',
        String(jobId(server.emulator, 'long')),
        '--timeout',
        '500ms',
      ],
      env(),
    );
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('Timed out after 500ms');
  });

  it('exits 2 on a bad option, naming it, before any request', async () => {
    const run = await runCliProcess(
      ['wait-for-job', ...fast, '--job', '5', '--success-statuses', 'cancelled'],
      env(),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('success-statuses');
    expect(await loggedRequests(server.url)).toEqual([]);
  });

  it('rides out 429 answers', async () => {
    await addFault(server.url, {
      route: 'GET /projects/:id/jobs/:job_id',
      status: 429,
      headers: { 'Retry-After': '0' },
      body: {
        message: { error: 'This endpoint has been requested too many times. Try again later.' },
      },
      times: 1,
    });
    const run = await runCliProcess(
      ['wait-for-job', ...fast, '--job', String(jobId(server.emulator, 'build'))],
      env(),
    );
    expect(run.code).toBe(0);
    expect((await loggedRequests(server.url)).some((entry) => entry.status === 429)).toBe(true);
  });

  it('streams the log inside a GitLab job with the remote sections as sections', async () => {
    const run = await runCliProcess(
      ['wait-for-job', ...fast, '--job', String(jobId(server.emulator, 'build')), '--follow'],
      { ...env(), GITLAB_CI: 'true' },
    );
    expect(run.code).toBe(0);
    // The followed log is the command's output (stdout, to be piped); progress stays on stderr.
    const section = /section_start:\d+:jobrelay_\d+\[collapsed=true\]\r(.)\[0KRunning unit tests\n/;
    expect(section.exec(run.stdout)?.[1]).toBe('\u001b');
    expect(run.stdout).toContain('✓ 21 tests passed');
    expect(run.stdout).not.toContain('running → success');
    expect(run.stderr).toContain('running → success');
  });

  it('needs no options inside a GitLab job: CI_* variables supply them', async () => {
    const run = await runCliProcess(['wait-for-job', '--name', 'build', '--interval', '100ms'], {
      CI_API_V4_URL: `${server.url}/api/v4`,
      CI_PROJECT_ID: '1',
      CI_PIPELINE_ID: String(pipelineId(server.emulator)),
      // The world's bot token stands in for the job token here: the emulator lets a job token
      // read only its own pipeline's lists, and that is the relay's business.
      CI_JOB_TOKEN: CI_BOT_TOKEN,
      JOBRELAY_TOKEN_TYPE: 'private',
    });
    expect(run.code).toBe(0);
    expectNoToken(run);
  });
});

describe('jobrelay trigger-manual-job', () => {
  it('plays exactly once with --var even when the connection drops after the play', async () => {
    await addFault(server.url, {
      route: 'POST /projects/:id/jobs/:job_id/play',
      kind: 'reset-after-send',
      times: 1,
    });
    const id = jobId(server.emulator, 'approve');
    const run = await runCliProcess(
      [
        'trigger-manual-job',
        ...fast,
        '--job',
        String(id),
        '--var',
        'PASSWORD=pa55-word-value',
        '--json',
      ],
      env(),
    );
    expect(run.code).toBe(0);
    expect(await loggedRequests(server.url, { method: 'POST', path: '/play' })).toHaveLength(1);
    expect(server.emulator.state.jobs.get(id)?.playVariables).toEqual([
      { key: 'PASSWORD', value: 'pa55-word-value' },
    ]);
    expectNoToken(run, 'pa55-word-value');
    expectNoToken(run);
  });

  it('cancels the job it played when interrupted, with cancel-on-abort', async () => {
    const id = jobId(server.emulator, 'hold');
    const child = startCli(
      [
        'trigger-manual-job',
        ...fast,
        '--job',
        String(id),
        '--wait',
        '--cancel-on-abort',
        '--keep-waiting-on-manual',
      ],
      env(),
    );
    await waitFor(() => child.stderrSoFar().includes('Played job'));
    child.process.kill('SIGINT');
    const run = await child.done;
    expect(run.code).toBe(130);
    expect(run.stderr).toMatch(/Canceled job \d+ "hold"/);
    expect(server.emulator.state.jobs.get(id)?.status).toMatch(/^cancel/);
  });
});

describe('jobrelay fetch-trace-artifact', () => {
  it('follows the log into --output and prints path, bytes and sha256', async () => {
    const id = jobId(server.emulator, 'build');
    const cwd = scratchDir();
    const run = await runCliProcess(
      [
        'fetch-trace-artifact',
        ...fast,
        '--job',
        String(id),
        '--output',
        'out/build.log',
        '--follow',
        '--json',
      ],
      env(),
      cwd,
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.path).toBe(join(cwd, 'out/build.log'));
    const whole = await (
      await fetch(`${server.url}/api/v4/projects/1/jobs/${id}/trace`, {
        headers: { 'PRIVATE-TOKEN': CI_BOT_TOKEN },
      })
    ).text();
    expect(readFileSync(result.path, 'utf8')).toBe(whole);
    expect(Number(result.bytes)).toBe(Buffer.byteLength(whole));
  });
});

describe('jobrelay API commands', () => {
  it("lists the pipeline's manual jobs as JSON", async () => {
    const run = await runCliProcess(
      [
        'list',
        '--project',
        PROJECT,
        '--pipeline',
        String(pipelineId(server.emulator)),
        '--scope',
        'manual',
        '--json',
      ],
      env(),
    );
    expect(run.code).toBe(0);
    expect(
      JSON.parse(run.stdout)
        .map((job: { name: string }) => job.name)
        .sort(),
    ).toEqual(['approve', 'hold', 'smoke']);
  });

  it('exits 4 when GitLab refuses, with its message', async () => {
    const run = await runCliProcess(
      ['retry', '--project', PROJECT, '--job', String(jobId(server.emulator, 'approve'))],
      env(),
    );
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/GitLab answered 403/);
  });

  it('exits 4 when the network fails, retrying no longer than --timeout', async () => {
    const run = await runCliProcess(
      ['get', '--project', PROJECT, '--job', '1', '--timeout', '500ms'],
      {
        GITLAB_URL: 'http://127.0.0.1:9',
        GITLAB_TOKEN: CI_BOT_TOKEN,
      },
    );
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('Network error');
  });

  it('serves the emulator once with the emulator subcommand, stopping on SIGINT', async () => {
    const child = startCli(['emulator', '--port', '0'], {});
    await waitFor(() => child.stderrSoFar().includes('Ctrl-C stops it'));
    child.process.kill('SIGINT');
    const run = await child.done;
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
    });
  });

  it('documents the exit codes in --help', async () => {
    const run = await runCliProcess(['--help'], {});
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3  timed out');
  });
});

async function waitFor(condition: () => boolean, limitMs = 10_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
