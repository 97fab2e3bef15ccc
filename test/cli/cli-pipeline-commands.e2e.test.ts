// dist/cli.js run as a process for trigger-pipeline, wait-for-pipeline and fetch-artifacts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type EmulatorServer,
  startEmulatorServer,
} from '../../src/emulator/node/start-emulator-server.js';
import { killChildren } from '../steps/support/child-process.js';
import { CI_BOT_TOKEN } from '../steps/support/ci-step-world.js';
import { loggedRequests } from '../steps/support/emulator-control.js';
import { pipelineWorldScenario, TRIGGER_TOKEN } from '../steps/support/pipeline-world.js';
import { removeScratchDirs, runCliProcess, scratchDir } from './support/run-cli-process.js';

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
  removeScratchDirs();
  await server.close();
});

const env = () => ({ GITLAB_URL: server.url, GITLAB_TOKEN: CI_BOT_TOKEN });
const fast = ['--project', 'acme/app', '--interval', '50ms', '--max-interval', '100ms'];
const SECRET = 'prod-eu-west-secret';

describe('jobrelay trigger-pipeline', () => {
  it('creates the pipeline, waits for it, streams a named job log with the value masked', async () => {
    const run = await runCliProcess(
      [
        'trigger-pipeline',
        ...fast,
        '--ref',
        'main',
        '--var',
        `DEPLOY_ENV=${SECRET}`,
        '--wait',
        '--follow-log=build',
        '--json',
      ],
      env(),
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ status: 'success', 'timed-out': false });
    expect(typeof result['pipeline-id']).toBe('number');
    expect(run.stderr).toContain('deploying to [REDACTED]');
    expect(`${run.stdout}${run.stderr}`).not.toContain(SECRET);
  });

  it('exits 2 without --ref, and never shows the trigger token', async () => {
    const run = await runCliProcess(
      ['trigger-pipeline', ...fast, '--trigger-token', TRIGGER_TOKEN],
      env(),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Invalid --ref');
    expect(run.stderr).not.toContain(TRIGGER_TOKEN);
    expect(await loggedRequests(server.url)).toEqual([]);
  });
});

describe('jobrelay wait-for-pipeline', () => {
  it('exits 1 when the child pipeline it depends on fails', async () => {
    const created = await runCliProcess(
      ['trigger-pipeline', ...fast, '--ref', 'fail-child', '--json'],
      env(),
    );
    const id = JSON.parse(created.stdout)['pipeline-id'];
    const run = await runCliProcess(
      ['wait-for-pipeline', ...fast, '--pipeline', String(id), '--json'],
      env(),
    );
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'failed', 'pipeline-id': id });
    expect(run.stderr).toMatch(/#\d+ unit: failed \(script_failure\)/);
  });

  it('exits 3 at the timeout', async () => {
    await runCliProcess(['trigger-pipeline', ...fast, '--ref', 'slow'], env());
    const run = await runCliProcess(
      ['wait-for-pipeline', ...fast, '--ref', 'slow', '--timeout', '500ms'],
      env(),
    );
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('is still running');
  });
});

describe('jobrelay fetch-artifacts', () => {
  it('saves and extracts the archive of the ref’s job', async () => {
    // The scenario's pipeline (5 s at 100× speed) must have finished.
    await new Promise((done) => setTimeout(done, 300));
    const dir = scratchDir();
    const run = await runCliProcess(
      [
        'fetch-artifacts',
        '--project',
        'acme/app',
        '--ref',
        'main',
        '--name',
        'package',
        '--output',
        'a.zip',
        '--extract',
        'out',
        '--json',
      ],
      env(),
      dir,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      path: join(dir, 'a.zip'),
      'extracted-path': join(dir, 'out'),
      'extracted-files': 3,
    });
    expect(readFileSync(join(dir, 'out', 'dist', 'app.js'), 'utf8')).toBe('console.log("app");');
  });

  it('exits 2 when given both a job and a ref', async () => {
    const run = await runCliProcess(
      ['fetch-artifacts', '--project', 'acme/app', '--job', '1', '--ref', 'main', '--name', 'x'],
      env(),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Invalid --ref');
  });
});
