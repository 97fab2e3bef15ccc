// dist/index.js saving job logs of the emulator over HTTP, as the runner runs it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatorServer } from '../../src/emulator/node/start-emulator-server.js';
import { killChildren } from '../steps/support/child-process.js';
import { CI_BOT_TOKEN, jobId, PROJECT, serveWorld } from '../steps/support/ci-step-world.js';
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
  command: 'fetch-trace-artifact',
  'gitlab-url': server.url,
  token: CI_BOT_TOKEN,
  project: PROJECT,
  interval: '50ms',
  'max-interval': '100ms',
});

async function wholeTrace(id: number): Promise<string> {
  const response = await fetch(`${server.url}/api/v4/projects/1/jobs/${id}/trace`, {
    headers: { 'PRIVATE-TOKEN': CI_BOT_TOKEN },
  });
  return response.text();
}

describe('the action saving a job log', () => {
  it('follows the log to the end into the file, with path, bytes and sha256 outputs', async () => {
    const id = jobId(server.emulator, 'build');
    const run = await runAction('index', {
      ...base(),
      job: String(id),
      output: 'logs/build.log',
      'follow-log': 'true',
      'summary-lines': '2',
    });
    expect(run.code).toBe(0);
    const saved = readFileSync(run.outputs.path ?? '');
    expect(saved.toString()).toBe(await wholeTrace(id));
    expect(run.outputs).toMatchObject({
      status: 'success',
      bytes: String(saved.length),
      sha256: createHash('sha256').update(saved).digest('hex'),
    });
    expect(run.outputs.path).toMatch(/jobrelay-runner-[^/]+\/logs\/build\.log$/);
    expect(run.summary).toContain('after the tests — done\nJob succeeded\n');
    expect((await loggedRequests(server.url, { path: '/trace' })).length).toBeGreaterThan(1);
    expectNoTokenLeak(run, CI_BOT_TOKEN);
  });

  it('strips ANSI codes and section markers when asked', async () => {
    const run = await runAction('index', {
      ...base(),
      job: String(jobId(server.emulator, 'build')),
      output: 'build.txt',
      'follow-log': 'true',
      'strip-ansi': 'true',
    });
    const text = readFileSync(run.outputs.path ?? '', 'utf8');
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('section_start');
    expect(text).toContain('Running unit tests\n');
  });

  it('saves the log of a failed job and fails the step with an error annotation', async () => {
    const id = jobId(server.emulator, 'flaky');
    server.emulator.advance(60_000);
    const run = await runAction('index', { ...base(), job: String(id), output: 'flaky.log' });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('failed');
    expect(readFileSync(run.outputs.path ?? '', 'utf8')).toBe(await wholeTrace(id));
    expect(run.stdout).toMatch(
      /::error title=GitLab job flaky[^:]*::Job \d+ "flaky" ended failed \(script_failure\)/,
    );
  });

  it('fails on a bad input before any request, naming the input', async () => {
    const run = await runAction('index', { ...base(), job: '1', 'summary-lines': 'all' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::Invalid summary-lines "all"');
    expect(await loggedRequests(server.url)).toEqual([]);
  });

  it('rides out a 429 on the log download', async () => {
    const id = jobId(server.emulator, 'build');
    server.emulator.advance(60_000);
    await addFault(server.url, {
      route: 'GET /projects/:id/jobs/:job_id/trace',
      status: 429,
      headers: { 'Retry-After': '0' },
      times: 1,
    });
    const run = await runAction('index', { ...base(), job: String(id), output: 'build.log' });
    expect(run.code).toBe(0);
    const reads = await loggedRequests(server.url, { path: '/trace' });
    expect(reads.map((entry) => entry.status)).toEqual([429, 200]);
    expect(readFileSync(run.outputs.path ?? '', 'utf8')).toBe(await wholeTrace(id));
  });

  it('rides out a truncated log download, reading it again', async () => {
    const id = jobId(server.emulator, 'build');
    server.emulator.advance(60_000);
    await addFault(server.url, {
      route: 'GET /projects/:id/jobs/:job_id/trace',
      kind: 'truncate',
      times: 1,
    });
    const run = await runAction('index', { ...base(), job: String(id), output: 'build.log' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/::warning::Reading the log broke off after \d+ bytes/);
    const reads = await loggedRequests(server.url, { path: '/trace' });
    expect(reads.map((entry) => entry.fault)).toEqual(['truncate', null]);
    expect(readFileSync(run.outputs.path ?? '', 'utf8')).toBe(await wholeTrace(id));
  });

  it('times out following a job that does not end, keeping what it saved', async () => {
    const run = await runAction('index', {
      ...base(),
      job: String(jobId(server.emulator, 'long')),
      output: 'long.log',
      'follow-log': 'true',
      timeout: '500ms',
    });
    expect(run.code).toBe(1);
    expect(run.outputs['timed-out']).toBe('true');
    expect(readFileSync(run.outputs.path ?? '', 'utf8')).toMatch(/^(still going\n)?$/);
  });
});
