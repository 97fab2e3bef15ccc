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
    expect(JSON.parse(stdout)).toMatchObject({ status: 'success', 'timed-out': 'false' });
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

  it('lists for people one line per job', async () => {
    const world = virtualWorld();
    const { stdout } = await cli(['list', '--project', 'acme/app'], world);
    expect(stdout.trim().split('\n')).toHaveLength(8);
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

  it('refuses an unknown command with exit 2', async () => {
    const { code, stderr } = await cli(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('frobnicate');
  });
});
