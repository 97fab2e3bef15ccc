// @gitbeaker/rest, unmodified and with its defaults, drives the emulator over HTTP as it would GitLab.
import { Gitlab } from '@gitbeaker/rest';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type EmulatorServer,
  startEmulatorServer,
} from '../../src/emulator/node/start-emulator-server.js';
import { MANY_JOBS_TOKEN, manyJobsScenario } from './support/many-jobs.js';
import { fixtureText, jobNamed, jobTokenOf, TOKENS } from './support/world.js';

let server: EmulatorServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function gitlabAs(token: string, fixture = 'jobs-world.yaml') {
  server = await startEmulatorServer({ scenario: fixtureText(fixture) });
  return { api: new Gitlab({ host: server.url, token }), emulator: server.emulator };
}

async function rejection(
  promise: Promise<unknown>,
): Promise<{ cause: { description: string; response: Response } }> {
  try {
    await promise;
  } catch (error) {
    return error as never;
  }
  throw new Error('expected a rejection');
}

describe('@gitbeaker/rest against the emulator', () => {
  it('lists every job of a project, following the link header across pages', async () => {
    server = await startEmulatorServer({ scenario: manyJobsScenario(45) });
    const api = new Gitlab({ host: server.url, token: MANY_JOBS_TOKEN });
    const jobs = await api.Jobs.all(1);
    expect(jobs.map((job) => job.id)).toEqual(Array.from({ length: 45 }, (_, index) => 45 - index));
  });

  it('lists a pipeline’s jobs and its bridges', async () => {
    const { api } = await gitlabAs(TOKENS.owner);
    const jobs = await api.Jobs.all(10, { pipelineId: 50 });
    const bridges = await api.Jobs.allPipelineBridges(10, 50);
    expect(jobs.map((job) => job.name)).toEqual(['flaky', 'compile']);
    expect(bridges.map((bridge) => [bridge.name, bridge.downstream_pipeline?.id])).toEqual([
      ['trigger-lib', 51],
    ]);
  });

  it('gets a job', async () => {
    const { api } = await gitlabAs(TOKENS.owner);
    const job = await api.Jobs.show('group/app', 100);
    expect(job).toMatchObject({
      id: 100,
      name: 'compile',
      status: 'success',
      tag_list: ['docker', 'linux'],
    });
  });

  it('plays a manual job with variables', async () => {
    const { api, emulator } = await gitlabAs(TOKENS.dev);
    emulator.advance(22_000);
    const deploy = jobNamed(emulator, 'group/app', 'deploy').id;
    const played = await api.Jobs.play(10, deploy, {
      jobVariablesAttributes: [{ key: 'TARGET', value: 'eu-1' }],
    });
    expect(played).toMatchObject({ id: deploy, status: 'pending' });
    expect(emulator.state.jobs.get(deploy)?.playVariables).toEqual([
      { key: 'TARGET', value: 'eu-1' },
    ]);
  });

  it('gets GitLab’s 400 when it plays a job that is not playable', async () => {
    const { api } = await gitlabAs(TOKENS.dev);
    const error = await rejection(api.Jobs.play(10, 100));
    expect(error.cause.description).toBe('400 Bad request - Unplayable Job');
    expect(error.cause.response.status).toBe(400);
  });

  it('retries a job and gets the new one', async () => {
    const { api } = await gitlabAs(TOKENS.dev);
    const retry = await api.Jobs.retry(10, 101);
    expect(retry).toMatchObject({ id: 112, name: 'flaky', status: 'pending' });
  });

  it('cancels a running job', async () => {
    const { api, emulator } = await gitlabAs(TOKENS.dev);
    emulator.advance(5_000);
    const canceled = await api.Jobs.cancel(10, jobNamed(emulator, 'group/app', 'build').id);
    expect(canceled.status).toBe('canceling');
  });

  it('erases a finished job', async () => {
    const { api } = await gitlabAs(TOKENS.owner);
    const erased = await api.Jobs.erase(10, 100);
    expect(erased).toMatchObject({ id: 100, artifacts: [] });
    expect(erased.erased_at).toBe('2024-06-03T09:00:00.000Z');
  });

  it('reads a job log as text', async () => {
    const { api } = await gitlabAs(TOKENS.owner);
    const log = await api.Jobs.showLog(10, 100);
    expect(log).toContain('Compiling\n');
    expect(log).toContain('section_start:');
  });

  it('gets the job of a job token', async () => {
    const { emulator } = await gitlabAs(TOKENS.owner);
    emulator.advance(2_000);
    const build = jobNamed(emulator, 'group/app', 'build').id;
    const token = jobTokenOf(emulator, build);
    const api = new Gitlab({ host: server?.url ?? '', jobToken: token });
    // gitbeaker 43's showConnectedJob checks `headers` for the token that its own jobToken option
    // puts in `authHeaders`, and throws before sending anything; setting the header it checks
    // is the only way to call it.
    api.Jobs.headers['job-token'] = token;
    const job = await api.Jobs.showConnectedJob();
    expect(job).toMatchObject({ id: build, status: 'running' });
  });

  it('gets a 404 for a project it may not see', async () => {
    const { api } = await gitlabAs(TOKENS.outsider);
    const error = await rejection(api.Jobs.show(10, 100));
    expect(error.cause.description).toBe('404 Project Not Found');
  });
});
