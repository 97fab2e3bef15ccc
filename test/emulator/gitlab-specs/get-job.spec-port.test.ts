// Ports spec/requests/api/ci/jobs_spec.rb › describe 'GET /projects/:id/jobs/:job_id' (gitlabhq/gitlabhq@9f2347fcc443bcae95898acf329d8f7d253b1251).
import { describe, expect, it } from 'vitest';
import { asObject, callApi } from '../support/call-api.js';
import {
  expectLikeTime,
  expectSecondJobArtifacts,
  field,
  get,
  JOB,
  jobsSpecWorld,
  MINUTE,
  PROJECTS,
  SHAS,
  T0,
  TOKENS,
} from './a-jobs-spec-support.js';

const { project, cases } = PROJECTS;

// At T0+3m: `job` (T0 .. T0+2m) has succeeded; running_job does not exist yet.
const world = () => jobsSpecWorld(3);

/** `get api("/projects/#{project.id}/jobs/#{job.id}", api_user)` for the named job. */
async function getJob(
  token: string | undefined,
  target: { id: number; path: string } = project,
  name = 'job',
) {
  const w = world();
  const id = w.jobId(target, name);
  return { w, id, response: await get(w.emulator, `/projects/${target.id}/jobs/${id}`, token) };
}

describe('API::Ci::Jobs', () => {
  describe('GET /projects/:id/jobs/:job_id', () => {
    describe('authorized user', () => {
      // it_behaves_like 'returns common job data' (jobx = job)
      it('returns common job data', async () => {
        const { id, response } = await getJob(TOKENS.user);
        const json = asObject(response);
        expect(response.status).toBe(200);
        expect(json.id).toBe(id);
        expect(json.status).toBe('success');
        expect(json.stage).toBe(JOB.stage);
        expect(json.name).toBe(JOB.name);
        expect(json.ref).toBe(JOB.ref);
        expect(json.tag).toBe(false);
        expect(json.coverage).toBeNull();
        expect(json.allow_failure).toBe(false);
        expectLikeTime(json.created_at, JOB.createdAt);
        expectLikeTime(json.started_at, JOB.startedAt);
        expectLikeTime(json.artifacts_expire_at, JOB.artifactsExpireAt);
        expect(json.artifacts_file ?? null).toBeNull();
        expect(Array.isArray(json.artifacts)).toBe(true);
        expect(json.artifacts).toEqual([]);
        expect(typeof json.web_url).toBe('string');
        expect(json.web_url).not.toBe('');
        expect(json.archived).toBe(false);
      });

      it('returns specific job data', async () => {
        const json = asObject((await getJob(TOKENS.user)).response);
        expectLikeTime(json.finished_at, JOB.finishedAt);
        expect(json.duration).toBe(JOB.duration);
      });

      // it_behaves_like 'a job with artifacts and trace', result_is_array: false
      describe('with artifacts and trace', () => {
        it('returns artifacts and trace data', async () => {
          const { w, id, response } = await getJob(TOKENS.user, PROJECTS.artifacts, 'second_job');
          const trace = await get(
            w.emulator,
            `/projects/${PROJECTS.artifacts.id}/jobs/${id}/trace`,
            TOKENS.user,
          );
          expectSecondJobArtifacts(asObject(response), new TextEncoder().encode(trace.text).length);
        });
      });

      // it_behaves_like 'returns common pipeline data' (jobx = job)
      it('returns common pipeline data', async () => {
        const { w, response } = await getJob(TOKENS.user);
        const pipeline = field(asObject(response), 'pipeline');
        expect(pipeline).toBeTruthy();
        expect(Object.keys(pipeline).length).toBeGreaterThan(0);
        expect(pipeline.id).toBe(w.pipelineIdOf(project, 'job'));
        expect(pipeline.project_id).toBe(project.id);
        expect(pipeline.ref).toBe('master');
        expect(pipeline.sha).toBe(SHAS.pipeline);
        expect(pipeline.status).toBe('success');
      });
    });

    describe('unauthorized user', () => {
      it('does not return specific job data', async () => {
        const { response } = await getJob(undefined);
        expect(response.status).toBe(401);
      });
    });

    describe('when job succeeded', () => {
      it('does not return failure_reason', async () => {
        const json = asObject((await getJob(TOKENS.user)).response);
        expect(json).not.toHaveProperty('failure_reason');
      });
    });

    describe('when job failed', () => {
      // create(:ci_build, :failed, :tags)
      it('returns failure_reason', async () => {
        const json = asObject((await getJob(TOKENS.user, cases, 'failed_job')).response);
        expect(json).toHaveProperty('failure_reason');
      });
    });

    describe('when job is erased', () => {
      // create(:ci_build, erased_at: Time.now): here erased through the API at T0+3m.
      it('returns specific job data', async () => {
        const w = world();
        const id = w.jobId(cases, 'erased_job');
        const erase = await callApi(w.emulator, `/projects/${cases.id}/jobs/${id}/erase`, {
          method: 'POST',
          token: TOKENS.maintainer,
        });
        expect(erase.status).toBe(201);
        const json = asObject(
          await get(w.emulator, `/projects/${cases.id}/jobs/${id}`, TOKENS.user),
        );
        expectLikeTime(json.erased_at, T0 + 3 * MINUTE);
      });
    });

    describe('when trace artifact record exists with no stored file', () => {
      // The job's only artifact is its log (job.log); the emulator has no "record without file".
      it('returns no artifacts nor trace data', async () => {
        const { response } = await getJob(TOKENS.user, cases, 'traced_job');
        const json = asObject(response);
        expect(response.status).toBe(200);
        expect(Array.isArray(json.artifacts)).toBe(true);
        const artifacts = json.artifacts as Array<Record<string, unknown>>;
        expect(artifacts).toHaveLength(1);
        expect(artifacts[0]?.file_type).toBe('trace');
        expect(artifacts[0]?.filename).toBe('job.log');
      });
    });
  });
});
