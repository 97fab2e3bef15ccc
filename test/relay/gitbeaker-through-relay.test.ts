// A GitLab client nobody here wrote (@gitbeaker/rest) works through the relay with a job token, unchanged.
import type { AddressInfo } from 'node:net';
import { Gitlab } from '@gitbeaker/rest';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRelayApp } from '../../functions/relay-app.js';
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js';
import { GITLAB, RELAY_POLICY, RELAY_SCENARIO } from '../functions/relay-harness.js';

let emulator: Emulator;
let server: ServerType;
let api: InstanceType<typeof Gitlab>;
let pipelineId: number;
let relayUrl: string;
let jobToken: string;

function deployJob(name: string): number {
  const job = [...emulator.state.jobs.values()].find(
    (j) => j.spec.name === name && emulator.state.project(j.projectId).fullPath === 'demo/deploy',
  );
  if (!job) throw new Error(`no job ${name}`);
  return job.id;
}

beforeAll(async () => {
  emulator = createEmulator({ scenario: RELAY_SCENARIO as never });
  const app = createRelayApp({ upstreamFetch: emulator.fetch, log: () => undefined });
  const env = {
    GITLAB_URL: GITLAB,
    GITLAB_TOKEN: 'glpat-relayservicetoken01',
    POLICY: JSON.stringify(RELAY_POLICY),
  };
  server = await new Promise<ServerType>((resolve) => {
    const s = serve(
      { fetch: (request) => app.fetch(request, env), port: 0, hostname: '127.0.0.1' },
      () => resolve(s),
    );
  });
  const { port } = server.address() as AddressInfo;
  jobToken = emulator.jobTokens().find((t) => t.jobName === 'orchestrate')?.token ?? '';
  relayUrl = `http://127.0.0.1:${port}`;
  api = new Gitlab({ host: relayUrl, jobToken });
  pipelineId = emulator.state.jobs.get(deployJob('build'))?.pipelineId ?? 0;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  emulator.dispose();
});

describe('@gitbeaker/rest through the relay', () => {
  // gitbeaker 43's Jobs.showConnectedJob() refuses on the client side when the token is given
  // as `jobToken` (it looks for a `job-token` in its static headers), so GET /job is read as curl would.
  it('answers GET /job to a plain request with the job token, as curl sends it', async () => {
    const response = await fetch(`${relayUrl}/api/v4/job`, { headers: { 'JOB-TOKEN': jobToken } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ name: 'orchestrate', status: 'running' });
  });

  it("lists a pipeline's jobs across pages", async () => {
    const jobs = await api.Jobs.all('demo/deploy', { pipelineId, perPage: 2 });
    expect(jobs.map((j) => j.name).sort()).toEqual([
      'build',
      'deploy-prod',
      'deploy-staging',
      'flaky',
      'teardown',
    ]);
  });

  it('lists bridges', async () => {
    expect(await api.Jobs.allPipelineBridges('demo/deploy', pipelineId)).toEqual([]);
  });

  it('gets a job and reads its log', async () => {
    const id = deployJob('build');
    expect(await api.Jobs.show('demo/deploy', id)).toMatchObject({ id, status: 'success' });
    expect(await api.Jobs.showLog('demo/deploy', id)).toContain('building');
  });

  it('plays a manual job with an allowed variable', async () => {
    const id = deployJob('deploy-staging');
    const job = await api.Jobs.play('demo/deploy', id, {
      jobVariablesAttributes: [{ key: 'TARGET', value: 'staging' }],
    });
    expect(job).toMatchObject({ id, status: 'pending' });
  });

  it('retries and cancels', async () => {
    const retried = await api.Jobs.retry('demo/deploy', deployJob('flaky'));
    expect(retried.status).toBe('pending');
    const canceled = await api.Jobs.cancel('demo/deploy', retried.id);
    expect(canceled.status).toBe('canceled');
  });

  it("gets the policy's 403 as a GitLab error", async () => {
    await expect(api.Jobs.erase('demo/deploy', deployJob('build'))).rejects.toMatchObject({
      cause: expect.objectContaining({ response: expect.objectContaining({ status: 403 }) }),
    });
  });
});
