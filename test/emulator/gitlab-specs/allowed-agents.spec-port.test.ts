// Ports spec/requests/api/ci/jobs_spec.rb › describe 'GET /job/allowed_agents' (gitlabhq/gitlabhq@9f2347fcc443bcae95898acf329d8f7d253b1251).
import { describe, expect, it } from 'vitest';
import { asObject, type CallResult, callApi } from '../support/call-api.js';
import {
  field,
  type JobsSpecWorld,
  jobsSpecWorld,
  PROJECTS,
  TOKENS,
} from './a-jobs-spec-support.js';

const { agents: project, otherProject } = PROJECTS;

// The jobs of spec-group/agents run from T0 for two hours; finished_job succeeded at T0+1m.
const world = () => jobsSpecWorld(3);

type Request = (w: JobsSpecWorld) => Promise<CallResult>;

const viaHeader =
  (jobName: string): Request =>
  (w) =>
    callApi(w.emulator, '/job/allowed_agents', {
      token: w.liveToken(project, jobName),
      auth: 'job',
    });

// The authorizations without environments: the group authorization (agent 71, configured in
// other_project), the project authorization (agent 72) and the implicit authorization (agent 73).
const GROUP_CONFIG = { default_namespace: 'production', protected_branches_only: false };
const expectedAgentsWithoutEnv = () => [
  {
    id: 71,
    config_project: expect.objectContaining({ id: otherProject.id }),
    configuration: GROUP_CONFIG,
  },
  {
    id: 72,
    config_project: expect.objectContaining({ id: project.id }),
    configuration: GROUP_CONFIG,
  },
  { id: 73, config_project: expect.objectContaining({ id: project.id }), configuration: {} },
];

// shared_examples_for 'valid allowed_agents request' (job = agents_job, api_user = user).
function validAllowedAgentsRequest(request: Request): void {
  it('returns the job info', async () => {
    const w = world();
    const response = await request(w);
    const json = asObject(response);
    expect(response.status).toBe(200);
    expect(field(json, 'job').id).toBe(w.jobId(project, 'agents_job'));
    expect(field(json, 'pipeline').id).toBe(w.pipelineIdOf(project, 'agents_job'));
    expect(field(json, 'project').id).toBe(project.id);
    // group.id: the group both spec-group projects belong to.
    const groupId = w.emulator.state.findProject(otherProject.path)?.groupIds[0];
    expect(groupId).toBeTypeOf('number');
    expect(field(json, 'project').groups).toEqual([{ id: groupId }]);
    expect(field(json, 'user').id).toBe(w.userId(TOKENS.user));
    expect(field(json, 'user').username).toBe('user');
    expect([...(field(json, 'user').roles_in_project as string[])].sort()).toEqual(
      ['guest', 'planner', 'reporter', 'developer'].sort(),
    );
    expect(json).not.toHaveProperty('environment');
  });

  // The setup also holds the environment-scoped authorizations (agents 74-77: production and
  // review/*; staging), which must be left out for a job without environment.
  it('returns the agents allowed for the job', async () => {
    const json = asObject(await request(world()));
    const expected = expectedAgentsWithoutEnv();
    expect(json.allowed_agents).toHaveLength(expected.length);
    expect(json.allowed_agents).toEqual(expect.arrayContaining(expected));
  });
}

// shared_examples_for 'valid allowed_agents request for a job with environment': the agents
// without environments plus those limited to production and review/* (agents 74 and 75).
function validAllowedAgentsRequestForAJobWithEnvironment(jobName: string): void {
  it('return the agents configured for the given environment', async () => {
    const json = asObject(await viaHeader(jobName)(world()));
    const config = (environments?: string[]) => ({
      default_namespace: 'production',
      protected_branches_only: false,
      ...(environments ? { environments } : {}),
    });
    const expected = [
      { id: 71, configuration: config() },
      { id: 72, configuration: config() },
      { id: 73, configuration: {} },
      { id: 74, configuration: config(['production', 'review/*']) },
      { id: 75, configuration: config(['production', 'review/*']) },
    ];
    expect(json.allowed_agents).toHaveLength(expected.length);
    expect(json.allowed_agents).toEqual(
      expect.arrayContaining(expected.map((agent) => expect.objectContaining(agent))),
    );
  });
}

describe('API::Ci::Jobs', () => {
  describe('GET /job/allowed_agents', () => {
    describe('when token is valid and user is authorized', () => {
      validAllowedAgentsRequest(viaHeader('agents_job'));

      describe('when deployment', () => {
        // create(:ci_build, :with_deployment, environment: 'production')
        const request = viaHeader('deployment_job');

        it('includes environment slug', async () => {
          expect(field(asObject(await request(world())), 'environment')?.slug).toBe('production');
        });

        it('includes environment tier', async () => {
          expect(field(asObject(await request(world())), 'environment')?.tier).toBe('production');
        });

        validAllowedAgentsRequestForAJobWithEnvironment('deployment_job');
      });

      describe('when non-deployment environment action', () => {
        // create(:environment, name: 'review/123'); create(:ci_build, :stop_review_app, environment: 'review/123')
        const request = viaHeader('review_job');

        it('includes environment slug', async () => {
          expect(field(asObject(await request(world())), 'environment')?.slug).toMatch(
            /review-123-.*/,
          );
        });

        it('includes environment tier', async () => {
          expect(field(asObject(await request(world())), 'environment')?.tier).toBe('development');
        });

        validAllowedAgentsRequestForAJobWithEnvironment('review_job');
      });

      describe('when passing the token as params', () => {
        validAllowedAgentsRequest((w) =>
          callApi(
            w.emulator,
            `/job/allowed_agents?job_token=${encodeURIComponent(w.liveToken(project, 'agents_job'))}`,
          ),
        );
      });
    });

    describe('when user is anonymous', () => {
      // The job has no user (create(:ci_build, user: nil)); its pipeline was started by `user`.
      it('returns unauthorized', async () => {
        const response = await viaHeader('anonymous_job')(world());
        expect(response.status).toBe(401);
      });
    });

    describe('when token is invalid because job has finished', () => {
      it('returns unauthorized', async () => {
        const w = world();
        expect(w.emulator.state.jobs.get(w.jobId(project, 'finished_job'))?.status).toBe('success');
        const response = await callApi(w.emulator, '/job/allowed_agents', {
          token: w.tokenAtT0(project, 'finished_job'),
          auth: 'job',
        });
        expect(response.status).toBe(401);
      });
    });

    describe('when token is invalid', () => {
      it('returns unauthorized', async () => {
        const response = await callApi(world().emulator, '/job/allowed_agents', {
          headers: { 'JOB-TOKEN': 'bad_token' },
        });
        expect(response.status).toBe(401);
      });
    });

    describe('when token is valid but not CI_JOB_TOKEN', () => {
      it('returns not found', async () => {
        const response = await callApi(world().emulator, '/job/allowed_agents', {
          headers: { 'Private-Token': TOKENS.user },
        });
        expect(response.status).toBe(404);
      });
    });
  });
});
