// dist/index.js and dist/post.js playing manual jobs of the emulator over HTTP, as the runner runs them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type EmulatorServer,
  startEmulatorServer,
} from '../../src/emulator/node/start-emulator-server.js';
import { STARTED_JOB_STATE } from '../../src/steps/started-job-state.js';
import { killChildren } from '../steps/support/child-process.js';
import {
  CI_BOT_TOKEN,
  jobId,
  PROJECT,
  pipelineId,
  serveWorld,
  worldScenario,
} from '../steps/support/ci-step-world.js';
import { addFault, loggedRequests } from '../steps/support/emulator-control.js';
import { expectNoTokenLeak } from './support/expect-no-token-leak.js';
import { removeRunnerDirs, runAction } from './support/run-action.js';

let server: EmulatorServer;

beforeEach(async () => {
  server = await serveWorld(50);
});

afterEach(async () => {
  killChildren();
  removeRunnerDirs();
  await server.close();
});

const base = () => ({
  command: 'trigger-manual-job',
  'gitlab-url': server.url,
  token: CI_BOT_TOKEN,
  project: PROJECT,
  interval: '50ms',
  'max-interval': '100ms',
});

const plays = async () => loggedRequests(server.url, { method: 'POST', path: '/play' });

describe('the action playing a manual job', () => {
  it('plays it once with masked variables, even when the connection drops after the play', async () => {
    await addFault(server.url, {
      route: 'POST /projects/:id/jobs/:job_id/play',
      kind: 'reset-after-send',
      times: 1,
    });
    const id = jobId(server.emulator, 'approve');
    const run = await runAction('index', {
      ...base(),
      job: String(id),
      variables: 'TARGET=production\nAPI_KEY=s3cr3t-variable-value\n',
    });
    expect(run.code).toBe(0);
    expect(await plays()).toEqual([
      expect.objectContaining({ applied: true, fault: 'reset-after-send' }),
    ]);
    expect(server.emulator.state.jobs.get(id)?.playVariables).toContainEqual({
      key: 'API_KEY',
      value: 's3cr3t-variable-value',
    });
    expect(run.stdout).toContain('::add-mask::s3cr3t-variable-value');
    expectNoTokenLeak(run, 's3cr3t-variable-value');
    expectNoTokenLeak(run, CI_BOT_TOKEN);
  });

  it('waits while the job is created, plays it, and with wait follows it to success', async () => {
    // On a virtual clock that moves only once the action has asked something, so the job is
    // still created when the action first looks, however slowly the machine starts it.
    const world = await startEmulatorServer({
      host: '127.0.0.1',
      scenario: worldScenario(),
      clock: { mode: 'virtual' },
    });
    let acting = true;
    const clockDriver = (async () => {
      for (let tick = 0; acting && tick < 3_000; tick++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (world.emulator.runtime.requestLog.list().length > 0) world.emulator.advance(2_000);
      }
    })();
    try {
      const run = await runAction('index', {
        ...base(),
        'gitlab-url': world.url,
        pipeline: String(pipelineId(world.emulator)),
        name: 'deploy',
        wait: 'true',
        'follow-log': 'true',
      });
      expect(run.code).toBe(0);
      expect(run.outputs.status).toBe('success');
      expect(run.stdout).toContain('is created: its needs are unfinished');
      expect(run.stdout).toContain('::group::Deploying');
      const played = world.emulator.runtime.requestLog
        .list({ method: 'POST' })
        .filter((entry) => entry.path.endsWith('/play'));
      expect(played).toHaveLength(1);
    } finally {
      acting = false;
      await clockDriver;
      await world.close();
    }
  });

  it('fails the step when the played job fails, with wait', async () => {
    const run = await runAction('index', {
      ...base(),
      job: String(jobId(server.emulator, 'smoke')),
      wait: 'true',
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'failed', 'failure-reason': 'script_failure' });
    expect(run.stdout).toMatch(/::error title=GitLab job smoke[^:]*::Job \d+ "smoke" ended failed/);
  });

  it('sends the play again after a 429, which GitLab answers before acting', async () => {
    await addFault(server.url, {
      route: 'POST /projects/:id/jobs/:job_id/play',
      status: 429,
      headers: { 'Retry-After': '0' },
      times: 1,
    });
    const run = await runAction('index', {
      ...base(),
      job: String(jobId(server.emulator, 'approve')),
    });
    expect(run.code).toBe(0);
    expect((await plays()).map((entry) => [entry.status, entry.applied])).toEqual([
      [429, false],
      [200, true],
    ]);
  });

  it('reports a job already played and does not play it again', async () => {
    const id = String(jobId(server.emulator, 'approve'));
    await runAction('index', { ...base(), job: id });
    const again = await runAction('index', { ...base(), job: id });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/::notice title=Job already played::Job \d+ "approve" is already/);
    expect(await plays()).toHaveLength(1);
  });

  it('times out while the job stays created', async () => {
    const run = await runAction('index', {
      ...base(),
      job: String(jobId(server.emulator, 'release')),
      timeout: '500ms',
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ 'timed-out': 'true', status: 'created' });
    expect(await plays()).toEqual([]);
  });

  it('fails on a bad variable line before any request, naming the input', async () => {
    const run = await runAction('index', { ...base(), job: '1', variables: 'not a variable' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::Invalid variables [REDACTED]: line 1 must be KEY=VALUE');
    expect(await loggedRequests(server.url)).toEqual([]);
  });

  it('leaves the played job to the post step, which cancels it when the run is cancelled', async () => {
    const id = jobId(server.emulator, 'hold');
    const inputs = { ...base(), job: String(id), 'cancel-on-abort': 'true' };
    const main = await runAction('index', inputs);
    expect(main.code).toBe(0);
    expect(JSON.parse(main.state[STARTED_JOB_STATE] ?? '{}')).toEqual({
      project: PROJECT,
      jobId: id,
    });
    // The runner hands the saved state to the post step as STATE_<name>.
    const post = await runAction('post', inputs, {
      [`STATE_${STARTED_JOB_STATE}`]: main.state[STARTED_JOB_STATE] ?? '',
    });
    expect(post.code).toBe(0);
    expect(post.stdout).toMatch(/Canceled job \d+ "hold": now cancel/);
    expect(await loggedRequests(server.url, { method: 'POST', path: '/cancel' })).toHaveLength(1);
    expect(server.emulator.state.jobs.get(id)?.status).toMatch(/^cancel/);
  });

  it('has the post step do nothing when the main step started no job', async () => {
    const post = await runAction('post', { ...base(), job: '1' });
    expect(post.code).toBe(0);
    expect(post.stdout).toContain('nothing to cancel');
    expect(await loggedRequests(server.url)).toEqual([]);
  });
});
