// Ports spec/requests/api/ci/pipelines_spec.rb › 'GET /projects/:id/pipelines/:pipeline_id/jobs'
// (skratsch-solutions/gitlabhq@a9b3a6af6bc776608bdf6bcb03d26a75d284c7e4, a mirror of gitlabhq/gitlabhq:
// the newest stored version, the one whose lib/api/ci/pipelines.rb also serves /trigger_jobs).
// Not modelled here (see README.md): 'avoids N+1 queries', the job token policy examples
// that need fine-grained policies or project feature levels, and 'authorizing granular token
// permissions'.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../../src/emulator/create-emulator.js';
import { callApi } from '../support/call-api.js';
import { jobTokenOf } from '../support/world.js';
import {
  expectPaginationHeaders,
  get,
  jobId,
  listOf,
  objectOf,
  pipelineIdOf,
  post,
  specWorld,
  updateProject,
} from './b-support.js';

const USER = 'glpat-b-pipejobs-user-0001';
const USER_OAUTH = 'gloas-b-pipejobs-user-oauth-01';
const GUEST = 'glpat-b-pipejobs-guest-001';

interface Request {
  emulator: Emulator;
  project: number | undefined;
  pipeline: number;
  path: string;
}

/** The world, and the path of `pipeline`'s jobs (`pipeline` holds the job named 'build'). */
function world(projectPath = 'spec/project'): Request {
  const emulator = specWorld('b-pipeline-jobs.yaml');
  const project = emulator.state.findProject(projectPath)?.id;
  const pipeline = pipelineIdOf(emulator, projectPath, 'build');
  return { emulator, project, pipeline, path: `/projects/${project}/pipelines/${pipeline}/jobs` };
}

/**
 * context 'when public_builds is false' › before: `project.update!(public_builds: false)` and
 * `get api("/projects/#{project.id}/pipelines/#{pipeline.id}/jobs", api_user), params: query`.
 */
async function beforeRequest(
  apiUser: string | undefined,
  query: Array<[string, string]> = [],
  projectPath = 'spec/project',
  setup?: (emulator: Emulator) => Promise<void>,
) {
  const request = world(projectPath);
  if (setup) await setup(request.emulator);
  updateProject(request.emulator, projectPath, { publicBuilds: false });
  const response = await get(request.emulator, request.path, apiUser, new URLSearchParams(query));
  return { ...request, response };
}

/** `get api(path), params: { job_token: target_job.token }`, target_job running in jobProject. */
async function jobTokenRequest(request: Request, jobProject: string, jobName = 'target_job') {
  const token = jobTokenOf(request.emulator, jobId(request.emulator, jobProject, jobName));
  return get(request.emulator, request.path, undefined, new URLSearchParams({ job_token: token }));
}

describe('GET /projects/:id/pipelines/:pipeline_id/jobs', () => {
  describe('when public_builds is false', () => {
    describe('authorized user', () => {
      it('returns pipeline jobs', async () => {
        const { response } = await beforeRequest(USER);
        expect(response.status).toBe(200);
        expectPaginationHeaders(response);
        listOf(response);
      });

      describe('with oauth token that has ai_workflows scope', () => {
        // :skip_before_request — public_builds is still on when the request is made. The
        // emulator's OAuth tokens carry no scopes: this token acts as `user`, as an
        // ai_workflows token does on a GET here (allow_access_with_scope :ai_workflows).
        it('allows access', async () => {
          const { emulator, path } = world();
          const response = await callApi(emulator, path, { token: USER_OAUTH, auth: 'bearer' });
          updateProject(emulator, 'spec/project', { publicBuilds: false });
          expect(response.status).toBe(200);
        });
      });

      it('returns correct values', async () => {
        const { emulator, pipeline, response } = await beforeRequest(USER);
        const json = listOf(response);
        expect(json).not.toHaveLength(0);
        const first = json[0] as Record<string, unknown>;
        // project.commit.id: the pipeline was created for it
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
          // :skip_before_request — `get api(api_endpoint, api_user)` with public_builds on.
          it('returns artifacts and trace data', async () => {
            const { emulator, project, path } = world('spec/with-artifacts');
            const response = await get(emulator, path, USER);
            const secondJob = jobId(emulator, 'spec/with-artifacts', 'second_job');
            const jsonJob = listOf(response).find((job) => job.id === secondJob);
            expect(jsonJob).toBeDefined();
            const artifactsFile = jsonJob?.artifacts_file as Record<string, unknown> | undefined;
            expect(artifactsFile).toBeTruthy();
            expect(artifactsFile?.filename).toBe('ci_build_artifacts.zip');
            expect(artifactsFile?.size).toBe(106365);
            const trace = await get(emulator, `/projects/${project}/jobs/${secondJob}/trace`, USER);
            expect(trace.text.length).toBeGreaterThan(0);
            // second_job.job_artifacts: archive, metadata, junit (:test_reports) and the log
            // (:trace_artifact); each listed with its size, filename and file_format.
            expect(jsonJob?.artifacts).toHaveLength(4);
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
          });
        });
      });

      it('returns pipeline data', async () => {
        const { emulator, pipeline, response } = await beforeRequest(USER);
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
        // it :aggregate_failures do … (no description). spec/scopes has a pending job, so that
        // `all match` is not vacuous (the spec's pipeline has none).
        it('is expected to have gitlab http status :ok and all match a hash including duration nil, queued_duration >= 0', async () => {
          const { response } = await beforeRequest(USER, [['scope', 'pending']], 'spec/scopes');
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
        // it :aggregate_failures do … (no description); spec/scopes has a running job.
        it('is expected to have gitlab http status :ok and all match a hash including duration >= 0, queued_duration >= 0', async () => {
          const { response } = await beforeRequest(USER, [['scope', 'running']], 'spec/scopes');
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
          const { response } = await beforeRequest(USER, [
            ['scope[hello]', 'pending'],
            ['scope[world]', 'running'],
          ]);
          expect(response.status).toBe(400);
        });
      });

      describe('filter jobs with array of scope elements', () => {
        it('is expected to have gitlab http status :ok and be an Array', async () => {
          const { response } = await beforeRequest(USER, [
            ['scope[]', 'pending'],
            ['scope[]', 'running'],
          ]);
          expect(response.status).toBe(200);
          listOf(response);
        });
      });

      describe('respond 400 when scope contains invalid state', () => {
        it('is expected to have gitlab http status :bad_request', async () => {
          const { response } = await beforeRequest(USER, [
            ['scope[]', 'unknown'],
            ['scope[]', 'running'],
          ]);
          expect(response.status).toBe(400);
        });
      });

      describe('jobs in different pipelines', () => {
        it('excludes jobs from other pipelines', async () => {
          const { emulator, pipeline, response } = await beforeRequest(USER);
          // job2 (pipeline2) exists in the same project
          expect(pipelineIdOf(emulator, 'spec/project', 'job2')).not.toBe(pipeline);
          const json = listOf(response);
          expect(json).not.toHaveLength(0);
          for (const job of json) {
            expect((job.pipeline as Record<string, unknown>).id).toBe(pipeline);
          }
        });
      });

      describe('pipeline has retried jobs', () => {
        /** before_all { job.update!(retried: true) } and a successful successor named 'build'. */
        async function retryBuild(emulator: Emulator) {
          const build = jobId(emulator, 'spec/project', 'build');
          const retry = await post(emulator, `/projects/1/jobs/${build}/retry`, USER);
          expect(retry.status).toBe(201);
          emulator.advance(60_000);
          expect(emulator.state.jobs.get(build)?.retried).toBe(true);
          expect(emulator.state.jobs.get(objectOf(retry).id as number)?.status).toBe('success');
        }

        it('does not return retried jobs by default', async () => {
          const { response } = await beforeRequest(USER, [], 'spec/project', retryBuild);
          expect(listOf(response)).toHaveLength(1);
        });

        describe('when include_retried is false', () => {
          it('does not return retried jobs', async () => {
            const { response } = await beforeRequest(
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
            const { response } = await beforeRequest(
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
        const { emulator, pipeline } = await beforeRequest(USER);
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
          const { response } = await beforeRequest(undefined);
          expect(objectOf(response).message).toBe('404 Project Not Found');
          expect(response.status).toBe(404);
        });
      });

      describe('when user is guest', () => {
        it('does not return jobs', async () => {
          const { response } = await beforeRequest(GUEST);
          expect(response.status).toBe(403);
        });
      });
    });
  });

  describe('when public_builds is true', () => {
    // it_behaves_like 'enforcing job token policies', :read_jobs,
    //   allow_public_access_for_enabled_project_features: [:repository, :builds]
    // source_project is spec/project; target_job runs in spec/job-project, which the allowlist
    // admits. The emulator's allowlist entries carry no policies: they admit a job token as an
    // entry with default permissions does (or any entry while job token policies are off).
    describe('behaves like enforcing job token policies', () => {
      describe('when authenticating with a CI job token from another project', () => {
        it('is expected to have gitlab http status :success', async () => {
          const response = await jobTokenRequest(world(), 'spec/job-project');
          expect(response.status).toBe(200);
          listOf(response);
        });

        describe('when the target project is not allowlisted and job token policies are disabled', () => {
          it('denies access', async () => {
            // let(:allowlist) { nil }: target_job's project is not on spec/project's allowlist
            const response = await jobTokenRequest(world(), 'spec/not-allowlisted');
            expect([403, 404]).toContain(response.status);
          });
        });

        describe('when the policies are not allowed', () => {
          describe('when fine grained permissions are disabled', () => {
            it('is expected to have gitlab http status :success', async () => {
              // default_permissions: true — the allowlist entry grants the job user's access
              const response = await jobTokenRequest(world(), 'spec/job-project');
              expect(response.status).toBe(200);
            });
          });

          describe('when job token policies are disabled', () => {
            it('is expected to have gitlab http status :success', async () => {
              // project.job_token_policies_enabled? is false: the allowlist alone decides
              const response = await jobTokenRequest(world(), 'spec/job-project');
              expect(response.status).toBe(200);
            });
          });
        });

        describe('when the source project is public and the target job user is not a member of the source project', () => {
          describe('when policies are not allowed, but the specified project features allow public access', () => {
            describe('when the specified project features are public', () => {
              it('is expected to have gitlab http status :success', async () => {
                // source_project.update!(visibility_level: PUBLIC); job_user is in no project.
                // The emulator's projects have every feature (repository, builds) enabled.
                const request = world();
                updateProject(request.emulator, 'spec/project', { visibility: 'public' });
                const response = await jobTokenRequest(
                  request,
                  'spec/job-project',
                  'job_user_target_job',
                );
                expect(response.status).toBe(200);
              });
            });
          });
        });
      });
    });
  });
});
