// The pipeline functions against the emulator over real HTTP: create, trigger, read, cancel, and one pipeline after a lost answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type EmulatorServer,
  startEmulatorServer,
} from '../../../src/emulator/node/start-emulator-server.js';
import {
  cancelPipeline,
  createClient,
  createPipeline,
  type GitLabClient,
  getLatestPipeline,
  getPipeline,
  getPipelineVariables,
  listProjectPipelines,
  triggerPipeline,
} from '../../../src/index.js';

const OWNER_TOKEN = 'glpat-pipelinesoverhttp01';
const TRIGGER_TOKEN = 'glptt-pipelinesoverhttp0001';

const SCENARIO = {
  startAt: '2026-02-02T08:00:00.000Z',
  server: { jobIdStart: 900, pipelineIdStart: 90 },
  users: [{ username: 'owner', token: OWNER_TOKEN }],
  projects: [
    {
      id: 7,
      path: 'team/svc',
      members: { owner: 'maintainer' },
      ci: [{ jobs: [{ name: 'build', duration: '1h' }] }],
      triggers: [{ token: TRIGGER_TOKEN, owner: 'owner' }],
    },
  ],
};

let server: EmulatorServer;
let owner: GitLabClient;

beforeAll(async () => {
  server = await startEmulatorServer({ scenario: SCENARIO as never });
  owner = createClient({ url: server.url, token: OWNER_TOKEN, retry: { readBackDelayMs: 0 } });
});

afterAll(() => server.close());

describe('pipelines over HTTP', () => {
  it('creates a pipeline with variables, then reads it, lists it and reads its variables', async () => {
    const created = await createPipeline(owner, {
      project: 'team/svc',
      ref: 'main',
      variables: { DEPLOY_TARGET: 'staging' },
    });
    expect(created).toMatchObject({ ref: 'main', source: 'api', project_id: 7 });
    expect(await getPipeline(owner, { project: 7, pipelineId: created.id })).toMatchObject({
      id: created.id,
      user: { username: 'owner' },
    });
    expect((await getLatestPipeline(owner, { project: 'team/svc', ref: 'main' })).id).toBe(
      created.id,
    );
    const listed = await listProjectPipelines(owner, {
      project: 'team/svc',
      ref: 'main',
      source: 'api',
    }).toArray();
    expect(listed.map((p) => p.id)).toContain(created.id);
    const variables = await getPipelineVariables(owner, { project: 7, pipelineId: created.id });
    expect(variables).toContainEqual(expect.objectContaining({ key: 'DEPLOY_TARGET' }));
  });

  it('triggers with a trigger token in the body, with no credential header sent', async () => {
    const stranger = createClient({ url: server.url, token: 'glpat-nobodyknowsthis000' });
    const triggered = await triggerPipeline(stranger, {
      project: 'team/svc',
      ref: 'main',
      token: TRIGGER_TOKEN,
      variables: { FROM: 'outside' },
    });
    expect(triggered).toMatchObject({ source: 'trigger', ref: 'main' });
  });

  it('cancels a running pipeline', async () => {
    const created = await createPipeline(owner, { project: 7, ref: 'main' });
    const canceled = await cancelPipeline(owner, { project: 7, pipelineId: created.id });
    expect(['canceling', 'canceled']).toContain(canceled.status);
  });

  it('creates exactly one pipeline when GitLab acted but the answer was lost', async () => {
    const before = server.emulator.state.pipelines.size;
    server.emulator.runtime.faults.add({
      route: 'POST /projects/:id/pipeline',
      status: 502,
      apply: true,
      times: 1,
    });
    const posts = () =>
      server.emulator.runtime.requestLog
        .list({ method: 'POST' })
        .filter((entry) => entry.path.endsWith('/pipeline'));
    const postsBefore = posts().length;
    const pipeline = await createPipeline(owner, { project: 'team/svc', ref: 'main' });
    expect(pipeline.source).toBe('api');
    const sent = posts().slice(postsBefore);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ status: 502, applied: true });
    expect(server.emulator.state.pipelines.size).toBe(before + 1);
    expect(server.emulator.state.pipelines.has(pipeline.id)).toBe(true);
  });
});
