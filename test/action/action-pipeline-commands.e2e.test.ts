// dist/index.js run as the GitHub runner runs it for trigger-pipeline, wait-for-pipeline and fetch-artifacts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type EmulatorServer,
  startEmulatorServer,
} from '../../src/emulator/node/start-emulator-server.js';
import { killChildren } from '../steps/support/child-process.js';
import { CI_BOT_TOKEN } from '../steps/support/ci-step-world.js';
import { pipelineWorldScenario, TRIGGER_TOKEN } from '../steps/support/pipeline-world.js';
import { expectNoTokenLeak } from './support/expect-no-token-leak.js';
import { removeRunnerDirs, runAction } from './support/run-action.js';

let server: EmulatorServer;

beforeEach(async () => {
  server = await startEmulatorServer({
    port: 0,
    host: '127.0.0.1',
    scenario: pipelineWorldScenario(),
    clock: { mode: 'real', speed: 100 },
  });
});

afterEach(async () => {
  killChildren();
  removeRunnerDirs();
  await server.close();
});

const base = () => ({
  'gitlab-url': server.url,
  token: CI_BOT_TOKEN,
  project: 'acme/app',
  interval: '50ms',
  'max-interval': '100ms',
});

describe('the action with the pipeline commands', () => {
  it('trigger-pipeline: creates a pipeline with the trigger token, masked, and sets its outputs', async () => {
    const run = await runAction('index', {
      ...base(),
      command: 'trigger-pipeline',
      ref: 'main',
      'trigger-token': TRIGGER_TOKEN,
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'pending', 'timed-out': 'false' });
    expect(run.outputs['pipeline-id']).toMatch(/^\d+$/);
    expect(run.stdout).toContain(`::add-mask::${TRIGGER_TOKEN}`);
    expect(run.stdout.replaceAll(`::add-mask::${TRIGGER_TOKEN}`, '')).not.toContain(TRIGGER_TOKEN);
    expectNoTokenLeak(run, CI_BOT_TOKEN);
  });

  it('wait-for-pipeline: fails on a failed multi-project pipeline, with the tree in the summary', async () => {
    const created = await runAction('index', {
      ...base(),
      command: 'trigger-pipeline',
      ref: 'fail-multi',
    });
    const run = await runAction('index', {
      ...base(),
      command: 'wait-for-pipeline',
      pipeline: created.outputs['pipeline-id'] as string,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('failed');
    expect(run.summary).toContain('(bridge)');
    expect(run.summary).toMatch(
      /\*\*Pipeline \[#\d+\]\([^)]+\)\*\* \(project 2, `main`\): `failed`/,
    );
  });

  it('fetch-artifacts: extracts the archive into the folder', async () => {
    await new Promise((done) => setTimeout(done, 300));
    const run = await runAction('index', {
      ...base(),
      command: 'fetch-artifacts',
      ref: 'main',
      name: 'package',
      extract: 'out',
    });
    expect(run.code).toBe(0);
    expect(run.outputs['extracted-files']).toBe('3');
    expect(existsSync(join(run.outputs['extracted-path'] as string, 'README.txt'))).toBe(true);
  });
});
