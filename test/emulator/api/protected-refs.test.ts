// Jobs on protected refs, and manual bridges: BuildPolicy's and BridgePolicy's write rules.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../src/emulator/create-emulator.js';
import type { ScenarioInput } from '../../../src/emulator/scenario/scenario-schema.js';
import { callApi } from '../support/call-api.js';
import { jobNamed } from '../support/world.js';

const MAINTAINER = 'glpat-protected-maint-01';
const DEVELOPER = 'glpat-protected-dev-0001';
const ADMIN = 'glpat-protected-admin-01';

function world(
  protect: Partial<ScenarioInput['projects'][number]>,
): ReturnType<typeof createEmulator> {
  const jobs = [
    { name: 'build', duration: '1s', trace: ['built'] },
    { name: 'deploy', when: 'manual' as const, needs: [], duration: '1s' },
    { name: 'long', needs: [], duration: '1h' },
  ];
  return createEmulator({
    scenario: {
      users: [
        { username: 'maint', token: MAINTAINER },
        { username: 'dev', token: DEVELOPER },
        { username: 'root', token: ADMIN, admin: true },
      ],
      projects: [
        { id: 1, path: 'team/app', members: { maint: 'maintainer', dev: 'developer' }, ...protect },
        { id: 2, path: 'team/target', members: { maint: 'maintainer' } },
      ],
      pipelines: [
        { project: 'team/app', ref: 'main', user: 'dev', at: '-1h', jobs },
        { project: 'team/app', ref: 'feature/x', user: 'dev', at: '-1h', jobs },
        { project: 'team/app', ref: 'v1.0.0', tag: true, user: 'dev', at: '-1h', jobs },
        {
          project: 'team/app',
          ref: 'main',
          user: 'dev',
          at: '-1h',
          jobs: [{ name: 'ship', when: 'manual', needs: [], trigger: { project: 'team/target' } }],
        },
      ],
    },
  });
}

/** The job named `name` in the pipeline for `ref`. */
function jobOn(emulator: ReturnType<typeof createEmulator>, ref: string, name: string): number {
  const pipeline = [...emulator.state.pipelines.values()].find((p) => p.ref === ref);
  const job = [...emulator.state.jobs.values()].find(
    (candidate) => candidate.pipelineId === pipeline?.id && candidate.spec.name === name,
  );
  if (!job) throw new Error(`no ${name} on ${ref}`);
  return job.id;
}

const post = (
  emulator: ReturnType<typeof createEmulator>,
  id: number,
  action: string,
  token: string,
) => callApi(emulator, `/projects/1/jobs/${id}/${action}`, { token, method: 'POST' });

describe('a protected branch (push and merge: maintainers)', () => {
  const protectedMain = { protectedBranches: [{ name: 'main' }] };

  it.each([
    ['play', 'deploy'],
    ['retry', 'build'],
    ['cancel', 'long'],
    ['erase', 'build'],
  ])('refuses a developer %s on its pipeline with 403', async (action, name) => {
    const emulator = world(protectedMain);
    const result = await post(emulator, jobOn(emulator, 'main', name), action, DEVELOPER);
    expect(result).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
  });

  it.each([
    ['play', 'deploy', 200],
    ['retry', 'build', 201],
    ['cancel', 'long', 201],
    ['erase', 'build', 201],
  ])('lets a maintainer %s there', async (action, name, status) => {
    const emulator = world(protectedMain);
    const result = await post(emulator, jobOn(emulator, 'main', name), action, MAINTAINER);
    expect(result.status).toBe(status);
  });

  it('leaves other branches to developers', async () => {
    const emulator = world(protectedMain);
    const result = await post(emulator, jobOn(emulator, 'feature/x', 'deploy'), 'play', DEVELOPER);
    expect(result.status).toBe(200);
  });

  it('still lets a developer read the jobs and logs there', async () => {
    const emulator = world(protectedMain);
    const id = jobOn(emulator, 'main', 'build');
    expect(
      (await callApi(emulator, `/projects/1/jobs/${id}/trace`, { token: DEVELOPER })).text,
    ).toBe('built\n');
  });
});

describe('wildcards, tags and "no one"', () => {
  it('matches a wildcard across slashes', async () => {
    const emulator = world({ protectedBranches: [{ name: 'feature/*' }] });
    const result = await post(emulator, jobOn(emulator, 'feature/x', 'deploy'), 'play', DEVELOPER);
    expect(result.status).toBe(403);
  });

  it('protects a tag pipeline by the protected tags, not the branches', async () => {
    const emulator = world({
      protectedTags: [{ name: 'v*' }],
      protectedBranches: [{ name: 'v*' }],
    });
    expect(
      (await post(emulator, jobOn(emulator, 'v1.0.0', 'deploy'), 'play', DEVELOPER)).status,
    ).toBe(403);
    const branchesOnly = world({ protectedBranches: [{ name: 'v*' }] });
    expect(
      (await post(branchesOnly, jobOn(branchesOnly, 'v1.0.0', 'deploy'), 'play', DEVELOPER)).status,
    ).toBe(200);
  });

  it('lets developers act where the branch allows them', async () => {
    const emulator = world({ protectedBranches: [{ name: 'main', allowed: 'developer' }] });
    expect(
      (await post(emulator, jobOn(emulator, 'main', 'deploy'), 'play', DEVELOPER)).status,
    ).toBe(200);
  });

  it('refuses even maintainers where no one may push, but not an admin', async () => {
    const emulator = world({ protectedBranches: [{ name: 'main', allowed: 'no one' }] });
    const deploy = jobOn(emulator, 'main', 'deploy');
    expect((await post(emulator, deploy, 'play', MAINTAINER)).status).toBe(403);
    expect((await post(emulator, deploy, 'play', ADMIN)).status).toBe(200);
  });
});

describe('a manual bridge (BridgePolicy)', () => {
  it('is played only by someone who may update the downstream project', async () => {
    const emulator = world({});
    const ship = jobNamed(emulator, 'team/app', 'ship').id;
    const developer = await post(emulator, ship, 'play', DEVELOPER);
    expect(developer).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
    const maintainer = await post(emulator, ship, 'play', MAINTAINER);
    expect(maintainer.status).toBe(200);
  });
});

describe('the minimum role to use pipeline variables', () => {
  const variables = { job_variables_attributes: [{ key: 'TARGET', value: 'eu' }] };

  it('refuses a developer variables where maintainers are the minimum, and plays without them', async () => {
    const emulator = world({ pipelineVariablesMinimumRole: 'maintainer' });
    const deploy = jobOn(emulator, 'feature/x', 'deploy');
    const path = `/projects/1/jobs/${deploy}/play`;
    const withVariables = await callApi(emulator, path, { token: DEVELOPER, body: variables });
    expect(withVariables).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
    expect(emulator.state.jobs.get(deploy)?.status).toBe('manual');
    const without = await callApi(emulator, path, { token: DEVELOPER, method: 'POST' });
    expect(without.status).toBe(200);
  });

  it('refuses everyone variables when no one is allowed', async () => {
    const emulator = world({ pipelineVariablesMinimumRole: 'no_one_allowed' });
    const path = `/projects/1/jobs/${jobOn(emulator, 'feature/x', 'deploy')}/play`;
    expect((await callApi(emulator, path, { token: MAINTAINER, body: variables })).status).toBe(
      403,
    );
  });

  it('lets a developer pass variables by default', async () => {
    const emulator = world({});
    const path = `/projects/1/jobs/${jobOn(emulator, 'feature/x', 'deploy')}/play`;
    expect((await callApi(emulator, path, { token: DEVELOPER, body: variables })).status).toBe(200);
  });
});
