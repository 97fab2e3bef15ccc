// GET /job/allowed_agents: the job token's context and agents, in GitLab's current or older shape.
import { describe, expect, it } from 'vitest';
import { asObject, callApi } from '../support/call-api.js';
import { emulatorFor, fixtureText, jobNamed, jobTokenOf, TOKENS } from '../support/world.js';

/** jobs-world.yaml (optionally with a server setting) with deploy played and running. */
async function withRunningDeploy(serverSetting?: string) {
  const scenario = serverSetting
    ? fixtureText('jobs-world.yaml').replace(
        'jobIdStart: 100',
        `jobIdStart: 100\n  ${serverSetting}`,
      )
    : undefined;
  const emulator = emulatorFor('jobs-world.yaml', scenario ? { scenario } : {});
  emulator.advance(22_000);
  const deploy = jobNamed(emulator, 'group/app', 'deploy').id;
  await callApi(emulator, `/projects/10/jobs/${deploy}/play`, {
    token: TOKENS.dev,
    method: 'POST',
  });
  emulator.advance(1_000);
  return { emulator, deploy, token: jobTokenOf(emulator, deploy) };
}

describe('GET /job/allowed_agents', () => {
  it('answers exactly what current GitLab sends: ids, groups, roles, agents and environment', async () => {
    const { emulator, deploy, token } = await withRunningDeploy();
    const result = await callApi(emulator, '/job/allowed_agents', { token, auth: 'job' });
    expect(result.body).toEqual({
      allowed_agents: [
        {
          id: 7,
          config_project: {
            id: 10,
            description: 'The application',
            name: 'app',
            name_with_namespace: 'group / app',
            path: 'app',
            path_with_namespace: 'group/app',
            created_at: '2024-05-04T09:00:00.000Z',
          },
          configuration: { default_namespace: 'app' },
        },
      ],
      job: { id: deploy },
      pipeline: { id: 54 },
      project: { id: 10, groups: [{ id: 1 }] },
      user: {
        id: 2,
        username: 'dev',
        roles_in_project: ['guest', 'planner', 'reporter', 'developer'],
      },
      environment: { tier: 'production', slug: 'production' },
    });
  });

  it('has no environment key for a job without an environment', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(2_000);
    const token = jobTokenOf(emulator, jobNamed(emulator, 'group/app', 'build').id);
    const result = asObject(await callApi(emulator, '/job/allowed_agents', { token, auth: 'job' }));
    expect(result).not.toHaveProperty('environment');
  });

  it('adds the fuller objects of older servers with allowedAgentsFormat: full', async () => {
    const { emulator, deploy, token } = await withRunningDeploy('allowedAgentsFormat: full');
    const result = asObject(await callApi(emulator, '/job/allowed_agents', { token, auth: 'job' }));
    expect(result).toMatchObject({
      job: { id: deploy, name: 'deploy', stage: 'deploy', project_id: 10, project_name: 'app' },
      pipeline: {
        id: 54,
        project_id: 10,
        ref: 'main',
        status: 'running',
        web_url: 'http://emulator.local/group/app/-/pipelines/54',
      },
      project: { id: 10, path_with_namespace: 'group/app', groups: [{ id: 1 }] },
      user: {
        id: 2,
        username: 'dev',
        name: 'Dev',
        state: 'active',
        roles_in_project: ['guest', 'planner', 'reporter', 'developer'],
      },
    });
  });

  it('answers 404 Job Not Found to a personal access token', async () => {
    const result = await callApi(emulatorFor('jobs-world.yaml'), '/job/allowed_agents', {
      token: TOKENS.owner,
    });
    expect(result).toMatchObject({ status: 404, body: { message: '404 Job Not Found' } });
  });
});
