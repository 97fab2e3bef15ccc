// Ports spec/requests/api/ci/jobs_spec.rb › 'POST /projects/:id/jobs/:job_id/erase' (gitlabhq/gitlabhq@9f2347fcc443bcae95898acf329d8f7d253b1251).
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../../src/emulator/create-emulator.js';
import { get, jobId, jobRecord, objectOf, post, specWorld, userIdOf } from './b-support.js';

const USER = 'glpat-b-erase-user-00001';

/** before { post api("/projects/#{project.id}/jobs/#{job.id}/erase", user) } */
async function eraseAsUser(projectPath: string, jobName: string) {
  const emulator = specWorld('b-erase-job.yaml');
  const project = emulator.state.findProject(projectPath)?.id;
  const job = jobId(emulator, projectPath, jobName);
  const response = await post(emulator, `/projects/${project}/jobs/${job}/erase`, USER);
  return { emulator, project, job, response };
}

/** shared_examples_for 'erases job' › 'erases job content' */
async function expectErased(emulator: Emulator, project: number | undefined, job: number) {
  const reloaded = objectOf(await get(emulator, `/projects/${project}/jobs/${job}`, USER));
  // job.job_artifacts.count == 0, artifacts_file / artifacts_metadata absent, no job artifacts
  expect(reloaded.artifacts).toEqual([]);
  expect(reloaded.artifacts_file ?? null).toBeNull();
  // job.trace.exist? is falsy: GitLab serves `build.trace.raw || ''`
  const trace = await get(emulator, `/projects/${project}/jobs/${job}/trace`, USER);
  expect(trace.status).toBe(200);
  expect(trace.text).toBe('');
}

describe('POST /projects/:id/jobs/:job_id/erase', () => {
  describe('when project is not undergoing stats refresh', () => {
    describe('job is erasable', () => {
      describe('behaves like erases job', () => {
        it('erases job content', async () => {
          const { emulator, project, job, response } = await eraseAsUser(
            'spec/project',
            'erasable',
          );
          expect(response.status).toBe(201);
          await expectErased(emulator, project, job);
        });
      });

      it('updates job', async () => {
        const { emulator, project, job } = await eraseAsUser('spec/project', 'erasable');
        const reloaded = objectOf(await get(emulator, `/projects/${project}/jobs/${job}`, USER));
        expect(reloaded.erased_at).toBeTruthy();
        // erased_by is not exposed by the API; the emulator's record stands in for job.reload.
        expect(jobRecord(emulator, job).erasedByUserId).toBe(userIdOf(emulator, USER));
      });
    });

    describe('when job has an unarchived trace artifact', () => {
      describe('behaves like erases job', () => {
        it('erases job content', async () => {
          const { emulator, project, job, response } = await eraseAsUser(
            'spec/project',
            'trace-only',
          );
          expect(response.status).toBe(201);
          await expectErased(emulator, project, job);
        });
      });
    });

    describe('job is not erasable', () => {
      it('responds with forbidden', async () => {
        const { response } = await eraseAsUser('spec/project', 'not-erasable');
        expect(response.status).toBe(403);
        // lib/api/ci/jobs.rb: break forbidden!('Job is not erasable!') unless build.erasable?
        expect(objectOf(response).message).toBe('403 Forbidden - Job is not erasable!');
      });
    });

    describe('when a developer erases a build', () => {
      describe('when the build was created by the developer', () => {
        it('is expected to have gitlab http status :created', async () => {
          const { response } = await eraseAsUser('spec/dev-project', 'by-user');
          expect(response.status).toBe(201);
        });
      });

      describe('when the build was created by another user', () => {
        it('is expected to have gitlab http status :forbidden', async () => {
          const { response } = await eraseAsUser('spec/dev-project', 'by-another');
          expect(response.status).toBe(403);
        });
      });
    });
  });
});
