// Ports spec/requests/api/ci/jobs_spec.rb › describe 'GET /job' (gitlabhq/gitlabhq@9f2347fcc443bcae95898acf329d8f7d253b1251).
import { describe, expect, it } from 'vitest';
import { asObject, type CallResult, callApi } from '../support/call-api.js';
import { fixtureText, jobNamed } from '../support/world.js';
import {
  DAY,
  expectLikeTime,
  field,
  type JobsSpecWorld,
  jobsSpecWorld,
  needsWorld,
  PROJECTS,
  RUNNING_JOB,
  SHAS,
  TOKENS,
} from './a-jobs-spec-support.js';

const { project } = PROJECTS;

// `running_job` exists from T0+5m and runs for two hours; `job` finished at T0+2m. Requests at T0+6m.
const world = () => jobsSpecWorld(6);

// shared_examples 'returns common job data', for jobx = running_job.
function returnsCommonJobData(request: (world: JobsSpecWorld) => Promise<CallResult>): void {
  it('returns common job data', async () => {
    const w = world();
    const response = await request(w);
    const json = asObject(response);
    expect(response.status).toBe(200);
    expect(json.id).toBe(w.jobId(project, 'running_job'));
    expect(json.status).toBe('running');
    expect(json.stage).toBe(RUNNING_JOB.stage);
    expect(json.name).toBe(RUNNING_JOB.name);
    expect(json.ref).toBe(RUNNING_JOB.ref);
    expect(json.tag).toBe(false);
    expect(json.coverage).toBeNull();
    expect(json.allow_failure).toBe(false);
    expectLikeTime(json.created_at, RUNNING_JOB.createdAt);
    expectLikeTime(json.started_at, RUNNING_JOB.startedAt);
    // Time.parse(json_response['artifacts_expire_at']): in the case below, whose job uploads artifacts.
    expect(json.artifacts_file ?? null).toBeNull();
    expect(Array.isArray(json.artifacts)).toBe(true);
    expect(json.artifacts).toEqual([]);
    expect(typeof json.web_url).toBe('string');
    expect(json.web_url).not.toBe('');
    expect(json.archived).toBe(false);
  });

  // running_job has artifacts_expire_at: 1.day.since; in the emulator that takes artifacts uploaded
  // while the job still runs (`artifactsUploadAt`), as a runner uploads them before the job ends.
  it('returns common job data (artifacts_expire_at of the running job)', async () => {
    const emulator = needsWorld(fixtureText('gitlab-specs/a-jobs-spec-needs.yaml'));
    emulator.advance(60_000);
    const id = jobNamed(emulator, 'needs/project', 'running_job_with_artifacts').id;
    const token = emulator.jobTokens().find((entry) => entry.jobId === id)?.token;
    const response = await callApi(emulator, '/job', { token, auth: 'job' });
    expect(response.status).toBe(200);
    // Uploaded at T0+30s with expire_in 1 day.
    expectLikeTime(
      asObject(response).artifacts_expire_at,
      Date.parse('2024-06-03T09:00:30Z') + DAY,
    );
  });
}

// shared_examples 'returns common pipeline data', for jobx = running_job.
function returnsCommonPipelineData(request: (world: JobsSpecWorld) => Promise<CallResult>): void {
  it('returns common pipeline data', async () => {
    const w = world();
    const pipeline = field(asObject(await request(w)), 'pipeline');
    expect(pipeline).toBeTruthy();
    expect(Object.keys(pipeline).length).toBeGreaterThan(0);
    expect(pipeline.id).toBe(w.pipelineIdOf(project, 'running_job'));
    expect(pipeline.project_id).toBe(project.id);
    expect(pipeline.ref).toBe('master');
    expect(pipeline.sha).toBe(SHAS.runningJobPipeline);
    expect(pipeline.status).toBe('running');
  });
}

describe('API::Ci::Jobs', () => {
  describe('GET /job', () => {
    describe('when token is valid but not CI_JOB_TOKEN', () => {
      it('returns not found', async () => {
        const response = await callApi(world().emulator, '/job', {
          headers: { 'Private-Token': TOKENS.user },
        });
        expect(response.status).toBe(404);
      });
    });

    describe('with job token authentication header', () => {
      const request = (w: JobsSpecWorld) =>
        callApi(w.emulator, '/job', { token: w.liveToken(project, 'running_job'), auth: 'job' });

      returnsCommonJobData(request);

      it('returns specific job data', async () => {
        const json = asObject(await request(world()));
        expect(json.finished_at).toBeNull();
        expect(json.erased_at).toBeNull();
      });

      returnsCommonPipelineData(request);
    });

    describe('with job token authentication params', () => {
      const request = (w: JobsSpecWorld) =>
        callApi(
          w.emulator,
          `/job?job_token=${encodeURIComponent(w.liveToken(project, 'running_job'))}`,
        );

      returnsCommonJobData(request);

      it('returns specific job data', async () => {
        const json = asObject(await request(world()));
        expect(json.finished_at).toBeNull();
      });

      returnsCommonPipelineData(request);
    });

    describe('with non running job', () => {
      // job.token of `job`, which ran from T0 to T0+2m and has succeeded since.
      it('returns unauthorized', async () => {
        const w = world();
        expect(w.emulator.state.jobs.get(w.jobId(project, 'job'))?.status).toBe('success');
        const response = await callApi(w.emulator, '/job', {
          token: w.tokenAtT0(project, 'job'),
          auth: 'job',
        });
        expect(response.status).toBe(401);
      });
    });

    describe('with basic auth header', () => {
      it('does not return a job', async () => {
        const response = await callApi(world().emulator, '/job', {
          headers: { 'PRIVATE-TOKEN': TOKENS.user },
        });
        expect(response.status).toBe(404);
      });
    });

    describe('without authentication', () => {
      it('returns unauthorized', async () => {
        const response = await callApi(world().emulator, '/job');
        expect(response.status).toBe(401);
      });
    });
  });
});
