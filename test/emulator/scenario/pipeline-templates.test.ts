// Scenario CI templates, refs and trigger tokens: what POST /pipeline and the triggers create from them.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../src/emulator/create-emulator.js';
import { ScenarioError } from '../../../src/emulator/scenario/scenario-error.js';
import { jobVariables } from '../../../src/emulator/trace/job-variables.js';
import { asObject, callApi } from '../support/call-api.js';

const TOKEN = 'glpat-templates-olga-01';
const DEV = 'glpat-templates-dev-001';

const SCENARIO = `
startAt: "2024-06-03T09:00:00Z"
server: { instanceVariables: { SHARED: instance } }
users:
  - { username: olga, token: ${TOKEN} }
  - { username: dev, token: ${DEV} }
projects:
  - id: 1
    path: group/app
    members: { olga: maintainer, dev: developer }
    branches: [main, release/1.0, feature/x]
    tags: [v1.0.0]
    protectedBranches: [{ name: "release/*", allowed: maintainer }]
    ci:
      - refs: ["release/*"]
        name: Release
        stages: [build, deploy]
        jobs:
          - { name: package, stage: build, duration: 5s, variables: { SHARED: job } }
          - { name: ship, stage: deploy, trigger: { project: group/deploy, jobs: [{ name: rollout, duration: 5s }] } }
      - refs: [main, v1.0.0]
        stages: [test]
        jobs:
          - { name: unit, stage: test, duration: 20s, cancelGrace: 0s, variables: { SHARED: job } }
          - { name: child, stage: test, variables: { FROM_BRIDGE: yes }, trigger: { project: group/app, strategy: depend, jobs: [{ name: inner, duration: 1h, cancelGrace: 0s }] } }
          - { name: other, stage: test, trigger: { project: group/deploy, strategy: depend, jobs: [{ name: far, duration: 1h }] } }
    triggers: [{ owner: olga, description: generated }]
  - id: 2
    path: group/deploy
    members: { olga: maintainer }
`;

function world() {
  return createEmulator({ scenario: SCENARIO });
}

async function create(
  emulator: ReturnType<typeof world>,
  ref: string,
  token = TOKEN,
  variables: unknown[] = [],
) {
  return callApi(emulator, '/projects/1/pipeline', {
    method: 'POST',
    token,
    body: { ref, variables },
  });
}

describe('projects[].ci templates', () => {
  it('uses the first template whose refs match, globs included', async () => {
    const emulator = world();
    const response = await create(emulator, 'release/1.0');
    expect(response.status).toBe(201);
    const pipeline = emulator.state.pipeline(asObject(response).id as number);
    expect(pipeline.name).toBe('Release');
    expect(pipeline.stages).toEqual(['build', 'deploy']);
    expect(emulator.state.pipelineJobs(pipeline).map((job) => job.spec.name)).toEqual([
      'package',
      'ship',
    ]);
  });

  it('matches a tag by name and marks the pipeline as a tag pipeline', async () => {
    const emulator = world();
    const json = asObject(await create(emulator, 'v1.0.0'));
    expect(json.tag).toBe(true);
    expect(json.ref).toBe('v1.0.0');
  });

  it('answers "No stages / jobs for this pipeline." for an existing ref no template matches', async () => {
    const response = await create(world(), 'feature/x');
    expect(response.status).toBe(400);
    expect(asObject(response).message).toEqual({ base: ['No stages / jobs for this pipeline.'] });
  });

  it('refuses a protected branch to a developer, in GitLab words', async () => {
    const response = await create(world(), 'release/1.0', DEV);
    expect(response.status).toBe(400);
    const base = (asObject(response).message as { base: string[] }).base[0];
    expect(base).toMatch(
      /^You do not have sufficient permission to run a pipeline on 'release\/1.0'\./,
    );
  });

  it('gives the jobs the pipeline variables above instance and job variables, below played ones', async () => {
    const emulator = world();
    const response = await create(emulator, 'main', TOKEN, [
      { key: 'SHARED', value: 'pipeline' },
      { key: 'CONFIG', value: 'x', variable_type: 'file' },
    ]);
    const pipeline = emulator.state.pipeline(asObject(response).id as number);
    const unit = emulator.state.pipelineJobs(pipeline).find((job) => job.spec.name === 'unit');
    if (!unit) throw new Error('no unit job');
    const variables = jobVariables(emulator.state, unit);
    expect(variables.get('SHARED')).toBe('pipeline');
    expect(variables.get('CONFIG')).toBe('/builds/group/app.tmp/CONFIG');
    expect(variables.get('CI_PIPELINE_SOURCE')).toBe('api');
    unit.playVariables = [{ key: 'SHARED', value: 'played' }];
    expect(jobVariables(emulator.state, unit).get('SHARED')).toBe('played');
  });

  it('passes a bridge’s own variables down, not the upstream pipeline’s (trigger:forward defaults)', async () => {
    const emulator = world();
    const response = await create(emulator, 'main', TOKEN, [
      { key: 'UPSTREAM', value: 'only-here' },
    ]);
    const parentId = asObject(response).id as number;
    emulator.advance(2_000);
    const child = [...emulator.state.pipelines.values()].find(
      (pipeline) => pipeline.source === 'parent_pipeline',
    );
    if (!child) throw new Error('no child pipeline');
    const variables = await callApi(emulator, `/projects/1/pipelines/${child.id}/variables`, {
      token: TOKEN,
    });
    expect(variables.body).toEqual([
      { variable_type: 'env_var', key: 'FROM_BRIDGE', value: 'yes', raw: false },
    ]);
    const inner = emulator.state.pipelineJobs(child)[0];
    if (!inner) throw new Error('no inner job');
    expect(jobVariables(emulator.state, inner).get('UPSTREAM')).toBeUndefined();
    expect(emulator.state.jobs.get(child.upstreamBridgeId ?? -1)?.pipelineId).toBe(parentId);
  });

  it('cancels child pipelines with their parent, and leaves a multi-project downstream running', async () => {
    const emulator = world();
    const parentId = asObject(await create(emulator, 'main')).id as number;
    emulator.advance(2_000);
    const downstream = (source: string) =>
      [...emulator.state.pipelines.values()].find((pipeline) => pipeline.source === source);
    const response = await callApi(emulator, `/projects/1/pipelines/${parentId}/cancel`, {
      method: 'POST',
      token: TOKEN,
    });
    expect(response.status).toBe(200);
    expect(asObject(response).status).toBe('canceled');
    const child = downstream('parent_pipeline');
    const multi = downstream('pipeline');
    expect(child && emulator.state.pipelineJobs(child).map((job) => job.status)).toEqual([
      'canceled',
    ]);
    expect(multi && emulator.state.pipelineJobs(multi).map((job) => job.status)).toEqual([
      'running',
    ]);
  });

  it('shows API pipelines, their variables and links in /-/emulator/state, and no trigger token', async () => {
    const emulator = world();
    const token = [...emulator.state.triggers.values()][0]?.token ?? '';
    expect(token).toMatch(/^glptt-/);
    const response = await callApi(emulator, '/projects/1/trigger/pipeline', {
      method: 'POST',
      body: { token, ref: 'main', variables: { KEY: 'value' } },
    });
    expect(response.status).toBe(201);
    const state = await (await emulator.fetch('http://emulator.local/-/emulator/state')).text();
    expect(state).not.toContain(token);
    const snapshot = JSON.parse(state) as {
      pipelines: Array<Record<string, unknown>>;
      projects: Array<Record<string, unknown>>;
    };
    const created = snapshot.pipelines.find((pipeline) => pipeline.id === asObject(response).id);
    expect(created?.source).toBe('trigger');
    expect(created?.variables).toContainEqual({
      key: 'KEY',
      value: 'value',
      variableType: 'env_var',
    });
    expect(snapshot.projects[0]?.triggers).toEqual([
      { id: 1, owner: 'olga', description: 'generated' },
    ]);
  });
});

describe('scenario checks', () => {
  const broken = (extra: string) =>
    `users: [{ username: olga }]\nprojects:\n  - path: group/app\n${extra}`;

  it('names a trigger owner that does not exist', () => {
    expect(() => createEmulator({ scenario: broken('    triggers: [{ owner: nobody }]') })).toThrow(
      /projects\[0\]\.triggers\[0\]\.owner.*unknown user "nobody"/s,
    );
  });

  it('names a template job whose stage is not among the template’s stages', () => {
    expect(() =>
      createEmulator({
        scenario: broken('    ci: [{ stages: [build], jobs: [{ name: a, stage: test }] }]'),
      }),
    ).toThrow(ScenarioError);
  });

  it('refuses a template without jobs', () => {
    expect(() => createEmulator({ scenario: broken('    ci: [{ jobs: [] }]') })).toThrow(
      /ci\[0\]\.jobs/,
    );
  });
});
