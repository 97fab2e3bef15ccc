// The demo world: history in demo/app, a pipeline that runs while you watch, then a manual deploy.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../src/emulator/create-emulator.js';
import { asList, callApi } from '../support/call-api.js';
import { jobNamed, jobTokenOf } from '../support/world.js';

function demo() {
  const emulator = createEmulator();
  const tokens = emulator.personalTokens();
  return {
    emulator,
    maintainer: { token: tokens.maintainer },
    outsider: { token: tokens.outsider },
  };
}

describe('the demo scenario', () => {
  it('has a finished pipeline with successes, a failure with its reason, and a bridge to demo/deploy', async () => {
    const { emulator, maintainer } = demo();
    const jobs = asList(
      await callApi(emulator, '/projects/demo%2Fapp/pipelines/1/jobs', maintainer),
    );
    const bridges = asList(
      await callApi(emulator, '/projects/demo%2Fapp/pipelines/1/bridges', maintainer),
    );
    expect(jobs.map((job) => [job.name, job.status, job.failure_reason])).toEqual([
      ['unit-tests', 'success', undefined],
      ['lint', 'failed', 'script_failure'],
      ['build', 'success', undefined],
    ]);
    expect(bridges[0]).toMatchObject({
      name: 'trigger-deploy',
      downstream_pipeline: { project_id: 2, status: 'success' },
    });
  });

  it('colours its logs and folds them into nested sections', async () => {
    const { emulator, maintainer } = demo();
    // Job 1 is the history pipeline's build.
    const log = (await callApi(emulator, '/projects/1/jobs/1/trace', maintainer)).text;
    expect(log).toContain('\u001b[32;1mJob succeeded\u001b[0;m');
    expect(log).toMatch(
      /section_start:\d+:step_script\r[\s\S]*section_start:\d+:step_1\r[\s\S]*section_end:\d+:step_1\r[\s\S]*section_end:\d+:step_script\r/,
    );
  });

  it('runs build and test to success in under a minute, then leaves deploy manual', async () => {
    const { emulator } = demo();
    expect(jobNamed(emulator, 'demo/app', 'deploy').status).toBe('created');
    emulator.advance(45_000);
    expect(
      ['build', 'test', 'deploy'].map((name) => jobNamed(emulator, 'demo/app', name).status),
    ).toEqual(['success', 'success', 'manual']);
  });

  it('lets a demo/app job token list demo/deploy’s jobs', async () => {
    const { emulator } = demo();
    emulator.advance(5_000);
    const token = jobTokenOf(emulator, jobNamed(emulator, 'demo/app', 'build').id);
    const result = await callApi(emulator, '/projects/demo%2Fdeploy/jobs', { token, auth: 'job' });
    expect(asList(result).map((job) => job.name)).toEqual(['release-train', 'deploy-staging']);
  });

  it("runs demo/deploy's release-train for an hour, with a live job token", () => {
    const { emulator } = demo();
    emulator.advance(30 * 60_000);
    expect(jobNamed(emulator, 'demo/deploy', 'release-train').status).toBe('running');
    expect(emulator.jobTokens().map((t) => t.jobName)).toContain('release-train');
  });

  it('keeps the outsider out of both projects', async () => {
    const { emulator, outsider } = demo();
    expect((await callApi(emulator, '/projects/1/jobs', outsider)).status).toBe(404);
    expect((await callApi(emulator, '/projects/2/jobs', outsider)).status).toBe(404);
  });
});
