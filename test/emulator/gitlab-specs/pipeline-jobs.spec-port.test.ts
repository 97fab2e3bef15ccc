// Ports spec/requests/api/ci/pipelines_spec.rb › 'GET /projects/:id/pipelines/:pipeline_id/jobs' (gitlabhq/gitlabhq@e8d2c2579383897a1dd7f9debd359abe8ae8373d).
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../../src/emulator/create-emulator.js';
import {
  expectPaginationHeaders,
  get,
  jobId,
  listOf,
  objectOf,
  pipelineIdOf,
  post,
  specWorld,
} from './b-support.js';

const USER = 'glpat-b-pipejobs-user-0001';
const GUEST = 'glpat-b-pipejobs-guest-001';

/** before { get api("/projects/#{project.id}/pipelines/#{pipeline.id}/jobs", api_user), params: query } */
async function listAs(
  apiUser: string | undefined,
  query: Array<[string, string]> = [],
  projectPath = 'spec/project',
  setup?: (emulator: Emulator) => Promise<void>,
) {
  const emulator = specWorld('b-pipeline-jobs.yaml');
  if (setup) await setup(emulator);
  const project = emulator.state.findProject(projectPath)?.id;
  const pipeline = pipelineIdOf(emulator, projectPath, 'build');
  const path = `/projects/${project}/pipelines/${pipeline}/jobs`;
  const response = await get(emulator, path, apiUser, new URLSearchParams(query));
  return { emulator, project, pipeline, path, response };
}

describe('GET /projects/:id/pipelines/:pipeline_id/jobs', () => {
  describe('authorized user', () => {
    it('returns pipeline jobs', async () => {
      const { response } = await listAs(USER);
      expect(response.status).toBe(200);
      expectPaginationHeaders(response);
      listOf(response);
    });

    it('returns correct values', async () => {
      const { emulator, pipeline, response } = await listAs(USER);
      const json = listOf(response);
      expect(json).not.toHaveLength(0);
      const first = json[0] as Record<string, unknown>;
      // project.commit.id: the pipeline's sha
      expect((first.commit as Record<string, unknown>).id).toBe(
        emulator.state.pipeline(pipeline).sha,
      );
      // artifacts_expire_at: 1.day.since — here a day after the job finished
      const finishedAt = Date.parse(String(first.finished_at));
      expect(Date.parse(String(first.artifacts_expire_at))).toBe(finishedAt + 86_400_000);
      expect(first.artifacts_file ?? null).toBeNull();
      expect(first.artifacts).toEqual([]);
    });

    describe('behaves like a job with artifacts and trace', () => {
      describe('with artifacts and trace', () => {
        it('returns artifacts and trace data', async () => {
          const { emulator, project, response } = await listAs(USER, [], 'spec/with-artifacts');
          const secondJob = jobId(emulator, 'spec/with-artifacts', 'second_job');
          const jsonJob = listOf(response).find((job) => job.id === secondJob);
          expect(jsonJob).toBeDefined();
          const artifactsFile = jsonJob?.artifacts_file as Record<string, unknown> | undefined;
          expect(artifactsFile).toBeTruthy();
          expect(artifactsFile?.filename).toBe('ci_build_artifacts.zip');
          expect(artifactsFile?.size).toBe(106365);
          const trace = await get(emulator, `/projects/${project}/jobs/${secondJob}/trace`, USER);
          expect(trace.text.length).toBeGreaterThan(0);
          // second_job.job_artifacts: archive, metadata, junit and the archived log
          expect(jsonJob?.artifacts).toEqual(
            expect.arrayContaining([
              {
                file_type: 'archive',
                size: 106365,
                filename: 'ci_build_artifacts.zip',
                file_format: 'zip',
              },
              {
                file_type: 'metadata',
                size: 415,
                filename: 'ci_build_artifacts_metadata.gz',
                file_format: 'gzip',
              },
              { file_type: 'junit', size: 1024, filename: 'junit.xml.gz', file_format: 'gzip' },
              {
                file_type: 'trace',
                size: Buffer.byteLength(trace.text),
                filename: 'job.log',
                file_format: 'raw',
              },
            ]),
          );
          expect(jsonJob?.artifacts).toHaveLength(4);
        });
      });
    });

    it('returns pipeline data', async () => {
      const { emulator, pipeline, response } = await listAs(USER);
      const jsonJob = listOf(response)[0] as Record<string, unknown>;
      const expected = emulator.state.pipeline(pipeline);
      const json = jsonJob.pipeline as Record<string, unknown>;
      expect(json).toBeTruthy();
      expect(json.id).toBe(expected.id);
      expect(json.project_id).toBe(expected.projectId);
      expect(json.ref).toBe('master');
      expect(json.sha).toBe(expected.sha);
      // job.pipeline.status: its only job has succeeded
      expect(json.status).toBe('success');
    });

    describe('filter jobs with one scope element', () => {
      it('is expected to all match a hash including duration nil, queued_duration >= 0', async () => {
        const { response } = await listAs(USER, [['scope', 'pending']], 'spec/scopes');
        expect(response.status).toBe(200);
        const json = listOf(response);
        expect(json).toHaveLength(1);
        for (const job of json) {
          expect(job.duration).toBeNull();
          expect(job.queued_duration).toBeGreaterThanOrEqual(0);
        }
      });
    });

    describe('when filtering to only running jobs', () => {
      it('is expected to all match a hash including duration >= 0, queued_duration >= 0', async () => {
        const { response } = await listAs(USER, [['scope', 'running']], 'spec/scopes');
        expect(response.status).toBe(200);
        const json = listOf(response);
        expect(json).toHaveLength(1);
        for (const job of json) {
          expect(job.duration).toBeGreaterThanOrEqual(0);
          expect(job.queued_duration).toBeGreaterThanOrEqual(0);
        }
      });
    });

    describe('filter jobs with hash', () => {
      it('is expected to have gitlab http status :bad_request', async () => {
        const { response } = await listAs(USER, [
          ['scope[hello]', 'pending'],
          ['scope[world]', 'running'],
        ]);
        expect(response.status).toBe(400);
      });
    });

    describe('filter jobs with array of scope elements', () => {
      it('is expected to have gitlab http status :ok and be an Array', async () => {
        const { response } = await listAs(USER, [
          ['scope[]', 'pending'],
          ['scope[]', 'running'],
        ]);
        expect(response.status).toBe(200);
        listOf(response);
      });
    });

    describe('respond 400 when scope contains invalid state', () => {
      it('is expected to have gitlab http status :bad_request', async () => {
        const { response } = await listAs(USER, [
          ['scope[]', 'unknown'],
          ['scope[]', 'running'],
        ]);
        expect(response.status).toBe(400);
      });
    });

    describe('jobs in different pipelines', () => {
      it('excludes jobs from other pipelines', async () => {
        const { emulator, pipeline, response } = await listAs(USER);
        // job2 (pipeline2) exists in the same project
        expect(pipelineIdOf(emulator, 'spec/project', 'job2')).not.toBe(pipeline);
        const json = listOf(response);
        expect(json).not.toHaveLength(0);
        for (const job of json) expect((job.pipeline as Record<string, unknown>).id).toBe(pipeline);
      });
    });

    describe('pipeline has retried jobs', () => {
      /** job.update!(retried: true) and a successful successor named 'build'. */
      async function retryBuild(emulator: Emulator) {
        const build = jobId(emulator, 'spec/project', 'build');
        const retry = await post(emulator, `/projects/1/jobs/${build}/retry`, USER);
        expect(retry.status).toBe(201);
        emulator.advance(60_000);
        expect(emulator.state.jobs.get(objectOf(retry).id as number)?.status).toBe('success');
      }

      it('does not return retried jobs by default', async () => {
        const { response } = await listAs(USER, [], 'spec/project', retryBuild);
        expect(listOf(response)).toHaveLength(1);
      });

      describe('when include_retried is false', () => {
        it('does not return retried jobs', async () => {
          const { response } = await listAs(
            USER,
            [['include_retried', 'false']],
            'spec/project',
            retryBuild,
          );
          expect(listOf(response)).toHaveLength(1);
        });
      });

      describe('when include_retried is true', () => {
        it('returns retried jobs', async () => {
          const { response } = await listAs(
            USER,
            [['include_retried', 'true']],
            'spec/project',
            retryBuild,
          );
          const json = listOf(response);
          expect(json).toHaveLength(2);
          expect(json[0]?.name).toBe(json[1]?.name);
        });
      });
    });
  });

  describe('no pipeline is found', () => {
    it('does not return jobs', async () => {
      const { emulator, pipeline } = await listAs(USER);
      const project2 = emulator.state.findProject('spec/project2')?.id;
      const response = await get(
        emulator,
        `/projects/${project2}/pipelines/${pipeline}/jobs`,
        USER,
      );
      expect(objectOf(response).message).toBe('404 Project Not Found');
      expect(response.status).toBe(404);
    });
  });

  describe('unauthorized user', () => {
    describe('when user is not logged in', () => {
      it('does not return jobs', async () => {
        const { response } = await listAs(undefined);
        expect(objectOf(response).message).toBe('404 Project Not Found');
        expect(response.status).toBe(404);
      });
    });

    describe('when user is guest', () => {
      it('does not return jobs', async () => {
        const { response } = await listAs(GUEST);
        expect(response.status).toBe(403);
      });
    });
  });
});
