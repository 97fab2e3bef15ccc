// dist/index.js run as the GitHub runner runs it, waiting for jobs of the emulator over HTTP.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatorServer } from '../../src/emulator/node/start-emulator-server.js';
import { killChildren } from '../steps/support/child-process.js';
import { CI_BOT_TOKEN, jobId, PROJECT, serveWorld } from '../steps/support/ci-step-world.js';
import { addFault, loggedRequests } from '../steps/support/emulator-control.js';
import { expectNoTokenLeak } from './support/expect-no-token-leak.js';
import { removeRunnerDirs, runAction } from './support/run-action.js';
import { workflowCommands } from './support/workflow-commands.js';

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
  command: 'wait-for-job',
  'gitlab-url': server.url,
  token: CI_BOT_TOKEN,
  project: PROJECT,
  interval: '50ms',
  'max-interval': '100ms',
});

describe('the action waiting for a job', () => {
  it('succeeds, streams the log with sections as groups and no injected commands, sets outputs and summary', async () => {
    const id = jobId(server.emulator, 'build');
    const run = await runAction('index', { ...base(), job: String(id), 'follow-log': 'true' });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      status: 'success',
      'job-id': String(id),
      'timed-out': 'false',
    });
    const commands = workflowCommands(run.stdout);
    const groups = commands
      .filter((command) => command.command === 'group')
      .map((command) => command.data);
    expect(groups).toEqual([
      'Preparing the "docker" executor',
      'Executing "step_script" stage of the job script',
      'Running unit tests',
      'Executing "step_script" stage of the job script (continued)',
    ]);
    expect(commands.filter((command) => command.command === 'endgroup')).toHaveLength(4);
    expect(run.stdout).toContain('\u001b[32;1m✓ 21 tests passed\u001b[0;m');
    expect(run.summary).toContain(`[#${id} build]`);
    expect(run.summary).toContain('Job succeeded');
    expectNoTokenLeak(run, CI_BOT_TOKEN);
    // The remote log's own "commands" were shown, but inside stop-commands, so none ran.
    expect(run.stdout).toContain('::set-output name=pwned::true');
    const names = commands.map((command) => command.command);
    expect(names).not.toContain('set-output');
    expect(names).not.toContain('error');
    expect(run.outputs).not.toHaveProperty('pwned');
  });

  it('reports each status change with the elapsed time', async () => {
    const run = await runAction('index', {
      ...base(),
      job: String(jobId(server.emulator, 'flaky')),
    });
    expect(run.stdout).toMatch(/^\[\d+m?s\] job \d+ "flaky": is (created|pending|running)$/m);
    expect(run.stdout).toMatch(/^\[\d+m?s\] job \d+ "flaky": running → failed$/m);
  });

  it('fails the step with an error annotation when the job fails', async () => {
    const run = await runAction('index', {
      ...base(),
      job: String(jobId(server.emulator, 'flaky')),
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'failed', 'failure-reason': 'script_failure' });
    const errors = workflowCommands(run.stdout).filter((command) => command.command === 'error');
    expect(errors).toEqual([
      {
        command: 'error',
        properties: expect.stringContaining('title=GitLab job flaky'),
        data: expect.stringContaining('ended failed (script_failure)'),
      },
    ]);
    expect(run.summary).toContain('ERROR: Job failed: exit code 1');
    expectNoTokenLeak(run, CI_BOT_TOKEN);
  });

  it('fails as timed out at the timeout', async () => {
    const run = await runAction('index', {
      ...base(),
      job: String(jobId(server.emulator, 'long')),
      timeout: '500ms',
    });
    expect(run.code).toBe(1);
    expect(run.outputs['timed-out']).toBe('true');
    const errors = workflowCommands(run.stdout).filter((command) => command.command === 'error');
    expect(errors.map((command) => command.data)).toEqual([
      expect.stringMatching(
        /^Timed out after 500ms: Job \d+ "long" is still (running|pending|created)$/,
      ),
    ]);
  });

  it('fails on a bad input before any request, naming the input', async () => {
    const run = await runAction('index', { ...base(), job: 'latest' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Invalid job "latest": must be a job id/);
    expect(await loggedRequests(server.url)).toEqual([]);
  });

  it('rides out 429 answers, honouring Retry-After', async () => {
    await addFault(server.url, {
      route: 'GET /projects/:id/jobs/:job_id',
      status: 429,
      headers: { 'Retry-After': '1' },
      body: { message: 'Retry later' },
      times: 1,
    });
    const run = await runAction('index', {
      ...base(),
      job: String(jobId(server.emulator, 'build')),
    });
    expect(run.code).toBe(0);
    const throttled = await loggedRequests(server.url, { method: 'GET' });
    const first = throttled.findIndex((entry) => entry.status === 429);
    expect(first).toBeGreaterThanOrEqual(0);
    // The request after the 429 came no sooner than the second GitLab asked for.
    const gap = Date.parse(throttled[first + 1]?.at ?? '') - Date.parse(throttled[first]?.at ?? '');
    expect(gap).toBeGreaterThanOrEqual(1_000 * 50 * 0.9);
  });

  it('fails with the API error when the job does not exist', async () => {
    const run = await runAction('index', { ...base(), job: '987654' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::GitLab answered 404/);
    expectNoTokenLeak(run, CI_BOT_TOKEN);
  });
});
