// The CLI in process against the emulated world: commands, --json, exit codes, no token in output.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { CI_BOT_TOKEN, jobId, pipelineId, virtualWorld } from '../steps/support/ci-step-world.js';
import { emulatorClock } from '../steps/support/step-harness.js';

async function cli(argv: string[], world = virtualWorld(), env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env: { GITLAB_URL: 'http://gitlab.test', GITLAB_TOKEN: CI_BOT_TOKEN, ...env },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    fetch: world.fetch,
    clock: emulatorClock(world),
  });
  expect(stdout + stderr).not.toContain(CI_BOT_TOKEN);
  return { code, stdout, stderr, world };
}

describe('runCli', () => {
  it('waits for a job and prints the outputs as JSON', async () => {
    const world = virtualWorld();
    const { code, stdout, stderr } = await cli(
      ['wait-for-job', '--project', 'acme/app', '--job', String(jobId(world, 'build')), '--json'],
      world,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      status: 'success',
      'job-id': jobId(world, 'build'),
      duration: 20,
      'failure-reason': null,
      'timed-out': false,
    });
    expect(stderr).toContain('pending → running');
  });

  it('exits 1 when the job fails', async () => {
    const world = virtualWorld();
    const { code, stderr } = await cli(
      ['wait-for-job', '--project', 'acme/app', '--job', String(jobId(world, 'flaky'))],
      world,
    );
    expect(code).toBe(1);
    expect(stderr).toContain('error: Job');
  });

  it('exits 3 on timeout', async () => {
    const world = virtualWorld();
    const { code } = await cli(
      [
        'wait-for-job',
        '--project',
        'acme/app',
        '--job',
        String(jobId(world, 'long')),
        '--timeout',
        '1m',
      ],
      world,
    );
    expect(code).toBe(3);
  });

  it('exits 2 naming the bad option', async () => {
    const { code, stderr } = await cli([
      'wait-for-job',
      '--project',
      'acme/app',
      '--job',
      '1',
      '--timeout',
      'soon',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('timeout');
  });

  it('exits 4 when GitLab refuses', async () => {
    const { code, stderr } = await cli(['get', '--project', 'acme/app', '--job', '999999']);
    expect(code).toBe(4);
    expect(stderr).toContain('404');
  });

  it('plays a manual job with --var through the play alias', async () => {
    const world = virtualWorld();
    const id = jobId(world, 'approve');
    const { code } = await cli(
      ['play', '--project', 'acme/app', '--job', String(id), '--var', 'A=1'],
      world,
    );
    expect(code).toBe(0);
    expect(world.state.jobs.get(id)?.playVariables).toEqual([{ key: 'A', value: '1' }]);
  });

  it("lists a pipeline's jobs in a scope as JSON", async () => {
    const world = virtualWorld();
    const { stdout } = await cli(
      [
        'list',
        '--project',
        'acme/app',
        '--pipeline',
        String(pipelineId(world)),
        '--scope',
        'manual',
        '--json',
      ],
      world,
    );
    expect((JSON.parse(stdout) as Array<{ name: string }>).map((job) => job.name).sort()).toEqual([
      'approve',
      'hold',
      'smoke',
    ]);
  });

  it('lists for people a header, then one aligned line per job', async () => {
    const world = virtualWorld();
    const { stdout } = await cli(['list', '--project', 'acme/app'], world);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toMatch(/^ID {2}STATUS {3}STAGE {3}NAME {5}URL$/);
    // Every column starts where its header does.
    for (const header of ['STATUS', 'STAGE', 'NAME', 'URL']) {
      const at = lines[0]?.indexOf(header) ?? -1;
      for (const line of lines.slice(1)) expect(line[at - 1]).toBe(' ');
      for (const line of lines.slice(1)) expect(line[at]).not.toBe(' ');
    }
    expect(lines[1]).toMatch(
      /^ 8 {2}created {2}deploy {2}release {2}http:\/\/gitlab\.test\/acme\/app\/-\/jobs\/8$/,
    );
  });

  it.each([
    ['cancel', 'long', /^Cancelled job \d+ \(long\) in acme\/app: running → canceling\n$/],
    ['retry', 'flaky', /^Retried job \d+ \(flaky\) in acme\/app: new job \d+ is pending\n$/],
    ['erase', 'build', /^Erased job \d+ \(build\) in acme\/app: its log and artifacts are gone\n$/],
  ])('%s says what it did in one line', async (command, name, line) => {
    const world = virtualWorld();
    world.advance(60_000);
    const { code, stdout, stderr } = await cli(
      [command, '--project', 'acme/app', '--job', String(jobId(world, name))],
      world,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(line);
  });

  it('plays a job saying what it did in one line', async () => {
    const world = virtualWorld();
    const id = jobId(world, 'approve');
    const { stderr } = await cli(['play', '--project', 'acme/app', '--job', String(id)], world);
    expect(stderr).toContain(`Played job ${id} (approve) in acme/app: manual → pending\n`);
  });

  it('writes a followed log to stdout and its own progress to stderr, the failure said once', async () => {
    const world = virtualWorld();
    const { code, stdout, stderr } = await cli(
      ['wait-for-job', '--project', 'acme/app', '--job', String(jobId(world, 'flaky')), '--follow'],
      world,
    );
    expect(code).toBe(1);
    expect(stdout).toContain('Error: the flake struck');
    expect(stdout).not.toContain('flaky": running → failed');
    expect(stderr).toContain('running → failed');
    // The log's own lines (colours kept) only on stdout; stderr has the summary's plain tail.
    expect(stdout).toContain('\u001b[31;1mError: the flake struck');
    expect(stderr).not.toContain('\u001b[31;1mError');
    expect(stderr.match(/ended failed \(script_failure\)/g)).toHaveLength(1);
    expect(stderr).toMatch(/^error: Job \d+ "flaky" ended failed/m);
  });

  it('keeps stdout for the JSON result when --follow comes with --json', async () => {
    const world = virtualWorld();
    const { stdout, stderr } = await cli(
      [
        'wait-for-job',
        '--project',
        'acme/app',
        '--job',
        String(jobId(world, 'flaky')),
        '--follow',
        '--json',
      ],
      world,
    );
    expect(JSON.parse(stdout)).toMatchObject({
      status: 'failed',
      'failure-reason': 'script_failure',
    });
    expect(stderr).toContain('Error: the flake struck');
  });

  it('prints a log with trace', async () => {
    const world = virtualWorld();
    world.advance(60_000);
    const { stdout } = await cli(
      ['trace', '--project', 'acme/app', '--job', String(jobId(world, 'build')), '--strip-ansi'],
      world,
    );
    expect(stdout).toContain('Running unit tests\n');
    expect(stdout).not.toContain('\u001b');
  });

  it('cancels a job and reports its new status', async () => {
    const world = virtualWorld();
    world.advance(30_000);
    const { code, stdout } = await cli(
      ['cancel', '--project', 'acme/app', '--job', String(jobId(world, 'long')), '--json'],
      world,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).status).toMatch(/^cancel/);
  });

  it("shows the job of a job token with whoami, taking everything from a GitLab job's environment", async () => {
    const world = virtualWorld();
    world.advance(30_000);
    const [live] = world.jobTokens();
    const { code, stdout } = await cli(['whoami', '--json'], world, {
      GITLAB_URL: '',
      GITLAB_TOKEN: '',
      CI_API_V4_URL: 'http://gitlab.test/api/v4',
      CI_JOB_TOKEN: live?.token ?? '',
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).id).toBe(live?.jobId);
  });

  it('prints the help with exit 0, and exits 2 without a command', async () => {
    expect((await cli(['--help'])).code).toBe(0);
    expect((await cli([])).code).toBe(2);
  });

  it.each([
    [['cancel', '--help'], 'jobrelay cancel [options]'],
    [['help', 'list'], 'jobrelay list [options]'],
    [['wait-for-job', '-h'], 'jobrelay wait-for-job [options]'],
  ])("%j shows that command's help", async (argv, usage) => {
    const { code, stdout } = await cli(argv);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: ${usage}`);
    expect(stdout).not.toContain('Other commands:');
  });

  it("shows only a command's own options in its help", async () => {
    const { stdout } = await cli(['get', '--help']);
    for (const option of ['--project', '--job', '--json', '--ca-file', '--timeout']) {
      expect(stdout).toContain(option);
    }
    for (const option of ['--wait', '--var', '--output', '--scope', '--summary-lines']) {
      expect(stdout).not.toContain(`${option} `);
    }
  });

  it.each([
    [
      ['get', '--project', 'acme/app', '--job', '1', '--wait'],
      'Invalid --wait: is not an option of get',
    ],
    [
      ['list', '--project', 'acme/app', '--summary-lines', 'abc'],
      'Invalid --summary-lines: is not an option of list',
    ],
    [
      ['wait-for-job', '--project', 'acme/app', '--job', '1', '--var', 'A=1'],
      'Invalid --var: is not an option of wait-for-job',
    ],
    [
      ['trace', '--project', 'acme/app', '--job', '1', '--json'],
      'Invalid --json: is not an option of trace',
    ],
    [
      ['wait-for-job', '--project', 'acme/app', '--job', '1', '--summary-lines', 'abc'],
      'Invalid --summary-lines "abc": must be a whole number',
    ],
    [
      ['trace', '--project', 'acme/app', '--job', '1', '--strip-ansi=maybe'],
      'Invalid --strip-ansi "maybe": must be true or false',
    ],
    [['list', '--project', 'acme/app', '--limit', 'ten'], 'Invalid --limit "ten"'],
  ])('%j is bad usage: %s', async (argv, message) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(2);
    // With --json the error is also on stdout, as JSON.
    if (argv.includes('--json')) expect(JSON.parse(stdout).error.code).toBe('INVALID_INPUT');
    else expect(stdout).toBe('');
    expect(stderr).toContain(`error: ${message}`);
  });

  it('prints an error as JSON on stdout with --json', async () => {
    const { code, stdout } = await cli([
      'get',
      '--project',
      'acme/app',
      '--job',
      '999999',
      '--json',
    ]);
    expect(code).toBe(4);
    expect(JSON.parse(stdout)).toEqual({
      error: {
        code: 'GITLAB_HTTP_ERROR',
        message: expect.stringContaining('404'),
        exitCode: 4,
        status: 404,
        method: 'GET',
      },
    });
  });

  it('prints bad usage as JSON on stdout with --json, naming the option', async () => {
    const { code, stdout } = await cli(['get', '--project', 'acme/app', '--job', 'x', '--json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      error: {
        code: 'INVALID_INPUT',
        message:
          'Invalid --job "x": must be a job id (a positive whole number, at most 9007199254740991)',
        exitCode: 2,
        option: '--job',
      },
    });
  });

  it('refuses an unknown command with exit 2', async () => {
    const { code, stderr } = await cli(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('frobnicate');
  });
});
