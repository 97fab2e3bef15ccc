// Ports spec/requests/api/ci/pipelines_spec.rb › shared_examples 'listing trigger jobs by pipeline',
// as run by 'GET /projects/:id/pipelines/:pipeline_id/trigger_jobs' and
// 'GET /projects/:id/pipelines/:pipeline_id/bridges'
// (skratsch-solutions/gitlabhq@a9b3a6af6bc776608bdf6bcb03d26a75d284c7e4, a mirror of gitlabhq/gitlabhq:
// the newest stored version; both routes there call the same present_pipeline_trigger_jobs).
// Not modelled here (see README.md): 'avoids N+1 queries', the job token policy examples
// that need fine-grained policies or project feature levels, and 'authorizing granular token
// permissions'.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../../src/emulator/create-emulator.js';
import { jobTokenOf } from '../support/world.js';
import {
  expectPaginationHeaders,
  get,
  jobId,
  listOf,
  objectOf,
  pipelineIdOf,
  setAccessLevel,
  specWorld,
  updateProject,
} from './b-support.js';

const USER = 'glpat-b-bridges-user-00001';
const GUEST = 'glpat-b-bridges-guest-0001';
const GUEST_LEVEL = 10;

type RouteSuffix = 'bridges' | 'trigger_jobs';

interface Request {
  emulator: Emulator;
  project: number | undefined;
  pipeline: number;
  path: string;
}

/** `it_behaves_like 'listing trigger jobs by pipeline', route_suffix`. */
function listingTriggerJobsByPipeline(routeSuffix: RouteSuffix) {
  /** The world, and the path of `pipeline`'s route_suffix (`pipeline` holds the bridge 'bridge'). */
  function world(projectPath = 'spec/project'): Request {
    const emulator = specWorld('b-pipeline-bridges.yaml');
    const project = emulator.state.findProject(projectPath)?.id;
    const pipeline = pipelineIdOf(emulator, projectPath, 'bridge');
    const path = `/projects/${project}/pipelines/${pipeline}/${routeSuffix}`;
    return { emulator, project, pipeline, path };
  }

  /**
   * context 'when public_builds is false' › before: `project.update!(public_builds: false)` and
   * `get api("/projects/#{project.id}/pipelines/#{pipeline.id}/#{route_suffix}", api_user), params: query`.
   */
  async function beforeRequest(apiUser: string | undefined, query: Array<[string, string]> = []) {
    const request = world();
    updateProject(request.emulator, 'spec/project', { publicBuilds: false });
    const response = await get(request.emulator, request.path, apiUser, new URLSearchParams(query));
    return { ...request, response };
  }

  /** `get api(path), params: { job_token: target_job.token }`, target_job running in jobProject. */
  async function jobTokenRequest(request: Request, jobProject: string, jobName = 'target_job') {
    const token = jobTokenOf(request.emulator, jobId(request.emulator, jobProject, jobName));
    return get(
      request.emulator,
      request.path,
      undefined,
      new URLSearchParams({ job_token: token }),
    );
  }

  describe('when public_builds is false', () => {
    describe('authorized user', () => {
      it('returns pipeline bridges', async () => {
        const { response } = await beforeRequest(USER);
        expect(response.status).toBe(200);
        expectPaginationHeaders(response);
        listOf(response);
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
        expect(first.id).toBe(jobId(emulator, 'spec/project', 'bridge'));
        expect(first.name).toBe('bridge');
        expect(first.stage).toBe('deploy');
      });

      it('returns pipeline data', async () => {
        const { emulator, pipeline, response } = await beforeRequest(USER);
        const jsonBridge = listOf(response)[0] as Record<string, unknown>;
        const expected = emulator.state.pipeline(pipeline);
        const json = jsonBridge.pipeline as Record<string, unknown>;
        expect(json).toBeTruthy();
        expect(json.id).toBe(expected.id);
        expect(json.project_id).toBe(expected.projectId);
        expect(json.ref).toBe('master');
        expect(json.sha).toBe(expected.sha);
        // bridge.pipeline.status: its only job, the bridge, has succeeded
        expect(json.status).toBe('success');
      });

      it('returns downstream pipeline data', async () => {
        const { emulator, response } = await beforeRequest(USER);
        const jsonBridge = listOf(response)[0] as Record<string, unknown>;
        const downstreamId = emulator.state.jobs.get(jobId(emulator, 'spec/project', 'bridge'))
          ?.downstreamPipelineId as number;
        const downstream = emulator.state.pipeline(downstreamId);
        const json = jsonBridge.downstream_pipeline as Record<string, unknown>;
        expect(json).toBeTruthy();
        expect(json.id).toBe(downstream.id);
        expect(json.project_id).toBe(emulator.state.findProject('spec/downstream')?.id);
        expect(json.ref).toBe('main');
        expect(json.sha).toBe(downstream.sha);
        // downstream_pipeline.status: its one job ran for 10 s and succeeded
        expect(json.status).toBe('success');
      });

      describe('filter bridges', () => {
        // before_all { create_bridge(pipeline, :pending); create_bridge(pipeline, :running) }:
        // spec/filter's pipeline. Both its are :skip_before_request (public_builds stays on).
        describe('with one scope element', () => {
          // it :skip_before_request, :aggregate_failures do … (no description)
          it('is expected to have gitlab http status :ok and one pending bridge', async () => {
            const { emulator, path } = world('spec/filter');
            const response = await get(
              emulator,
              path,
              USER,
              new URLSearchParams({ scope: 'pending' }),
            );
            expect(response.status).toBe(200);
            const json = listOf(response);
            expect(json).toHaveLength(1);
            expect(json[0]?.status).toBe('pending');
          });
        });

        describe('with array of scope elements', () => {
          // it :skip_before_request, :aggregate_failures do … (no description)
          it('is expected to have gitlab http status :ok and two pending or running bridges', async () => {
            const { emulator, path } = world('spec/filter');
            const query = new URLSearchParams([
              ['scope[]', 'pending'],
              ['scope[]', 'running'],
            ]);
            const response = await get(emulator, path, USER, query);
            expect(response.status).toBe(200);
            const json = listOf(response);
            expect(json).toHaveLength(2);
            for (const bridge of json) expect(['pending', 'running']).toContain(bridge.status);
          });
        });
      });

      describe('respond 400 when scope contains invalid state', () => {
        describe('in an array', () => {
          it('is expected to have gitlab http status :bad_request', async () => {
            const { response } = await beforeRequest(USER, [
              ['scope[]', 'unknown'],
              ['scope[]', 'running'],
            ]);
            expect(response.status).toBe(400);
          });
        });

        describe('in a hash', () => {
          it('is expected to have gitlab http status :bad_request', async () => {
            const { response } = await beforeRequest(USER, [['scope[unknown]', 'true']]);
            expect(response.status).toBe(400);
          });
        });

        describe('in a string', () => {
          it('is expected to have gitlab http status :bad_request', async () => {
            const { response } = await beforeRequest(USER, [['scope', 'unknown']]);
            expect(response.status).toBe(400);
          });
        });
      });

      describe('bridges in different pipelines', () => {
        it('excludes bridges from other pipelines', async () => {
          const { emulator, pipeline, response } = await beforeRequest(USER);
          // bridge2 (pipeline2) exists in the same project
          expect(pipelineIdOf(emulator, 'spec/project', 'bridge2')).not.toBe(pipeline);
          const json = listOf(response);
          expect(json).not.toHaveLength(0);
          for (const bridge of json) {
            expect((bridge.pipeline as Record<string, unknown>).id).toBe(pipeline);
          }
        });
      });
    });

    describe('no pipeline is found', () => {
      it('does not return bridges', async () => {
        const { emulator, pipeline } = await beforeRequest(USER);
        const project2 = emulator.state.findProject('spec/project2')?.id;
        const response = await get(
          emulator,
          `/projects/${project2}/pipelines/${pipeline}/${routeSuffix}`,
          USER,
        );
        expect(objectOf(response).message).toBe('404 Project Not Found');
        expect(response.status).toBe(404);
      });
    });

    describe('unauthorized user', () => {
      describe('when user is not logged in', () => {
        it('does not return bridges', async () => {
          const { response } = await beforeRequest(undefined);
          expect(objectOf(response).message).toBe('404 Project Not Found');
          expect(response.status).toBe(404);
        });
      });

      describe('when user is guest', () => {
        it('does not return bridges', async () => {
          const { response } = await beforeRequest(GUEST);
          expect(response.status).toBe(403);
        });
      });

      describe('when user has no read_build access for project', () => {
        it('does not return bridges', async () => {
          // api_user is `user` (a maintainer); before { project.add_guest(api_user) } makes them
          // a guest, after the outer before's request.
          const { emulator, path } = await beforeRequest(USER);
          setAccessLevel(emulator, 'spec/project', USER, GUEST_LEVEL);
          const response = await get(emulator, path, USER);
          expect(response.status).toBe(403);
        });
      });
    });
  });

  describe('when public_builds is true', () => {
    // it_behaves_like 'enforcing job token policies', :read_pipelines,
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
}

describe('GET /projects/:id/pipelines/:pipeline_id/trigger_jobs', () => {
  describe('behaves like listing trigger jobs by pipeline', () => {
    listingTriggerJobsByPipeline('trigger_jobs');
  });
});

describe('GET /projects/:id/pipelines/:pipeline_id/bridges', () => {
  describe('behaves like listing trigger jobs by pipeline', () => {
    listingTriggerJobsByPipeline('bridges');
  });
});
