// Ports spec/requests/api/ci/jobs_spec.rb › describe 'GET /projects/:id/jobs' (and its offset pagination, keyset pagination and rate limited describes) (gitlabhq/gitlabhq@9f2347fcc443bcae95898acf329d8f7d253b1251).
import { describe, expect, it } from 'vitest';
import { asList, asObject, type CallResult } from '../support/call-api.js';
import {
  expectLikeTime,
  expectSecondJobArtifacts,
  field,
  get,
  JOB,
  jobsSpecWorld,
  LIMITED_PAGINATION_HEADERS,
  PAGINATION_HEADERS,
  PROJECTS,
  paginationParamsFromNextUrl,
  SHAS,
  TOKENS,
} from './a-jobs-spec-support.js';

const { project } = PROJECTS;
const path = (p: { id: number }) => `/projects/${p.id}/jobs`;

// At T0+3m: `job` has succeeded and running_job (created at T0+5m) does not exist yet.
const world = () => jobsSpecWorld(3);
// At T0+6m: running_job exists too (the describes that call `running_job` in a before block).
const worldWithRunningJob = () => jobsSpecWorld(6);

const list = (result: CallResult) => asList(result);

describe('API::Ci::Jobs', () => {
  describe('GET /projects/:id/jobs', () => {
    describe('authorized user', () => {
      it('returns project jobs', async () => {
        const response = await get(world().emulator, path(project), TOKENS.user);
        expect(response.status).toBe(200);
        for (const name of LIMITED_PAGINATION_HEADERS) {
          expect(response.headers.has(name), `header ${name}`).toBe(true);
        }
        expect(Array.isArray(response.body)).toBe(true);
      });

      it('returns correct values', async () => {
        const jobs = list(await get(world().emulator, path(project), TOKENS.user));
        expect(jobs).not.toHaveLength(0);
        const first = jobs[0] ?? {};
        expect(field(first, 'commit').id).toBe(SHAS.pipeline);
        expectLikeTime(first.artifacts_expire_at, JOB.artifactsExpireAt);
        expect([...(first.tag_list as string[])].sort()).toEqual([...JOB.tagList].sort());
      });

      describe('without artifacts and trace', () => {
        it('returns no artifacts nor trace data', async () => {
          const response = await get(world().emulator, path(project), TOKENS.user);
          const jsonJob = list(response)[0] ?? {};
          expect(response.status).toBe(200);
          expect(jsonJob.artifacts_file ?? null).toBeNull();
          expect(Array.isArray(jsonJob.artifacts)).toBe(true);
          expect(jsonJob.artifacts).toEqual([]);
        });
      });

      // it_behaves_like 'a job with artifacts and trace' (second_job: :trace_artifact, :artifacts,
      // :test_reports), in the project that holds `job` and second_job.
      describe('with artifacts and trace', () => {
        it('returns artifacts and trace data', async () => {
          const w = world();
          const secondJobId = w.jobId(PROJECTS.artifacts, 'second_job');
          const jobs = list(await get(w.emulator, path(PROJECTS.artifacts), TOKENS.user));
          const jsonJob = jobs.find((job) => job.id === secondJobId);
          expect(jsonJob).toBeDefined();
          const trace = await get(
            w.emulator,
            `${path(PROJECTS.artifacts)}/${secondJobId}/trace`,
            TOKENS.user,
          );
          expectSecondJobArtifacts(jsonJob ?? {}, new TextEncoder().encode(trace.text).length);
        });
      });

      it('returns pipeline data', async () => {
        const w = world();
        const jsonJob = list(await get(w.emulator, path(project), TOKENS.user))[0] ?? {};
        const pipeline = field(jsonJob, 'pipeline');
        expect(pipeline).toBeTruthy();
        expect(Object.keys(pipeline).length).toBeGreaterThan(0);
        expect(pipeline.id).toBe(w.pipelineIdOf(project, 'job'));
        expect(pipeline.ref).toBe('master');
        expect(pipeline.sha).toBe(SHAS.pipeline);
        expect(pipeline.status).toBe('success');
      });

      describe('filter project with one scope element', () => {
        it('is expected to be an Array', async () => {
          const response = await get(world().emulator, path(project), TOKENS.user, {
            scope: 'pending',
          });
          expect(response.status).toBe(200);
          expect(Array.isArray(response.body)).toBe(true);
        });
      });

      describe('filter project with array of scope elements', () => {
        it('is expected to be an Array', async () => {
          const response = await get(world().emulator, path(project), TOKENS.user, {
            scope: ['pending', 'running'],
          });
          expect(response.status).toBe(200);
          expect(Array.isArray(response.body)).toBe(true);
        });
      });

      describe('respond 400 when scope contains invalid state', () => {
        it('is expected to have gitlab http status :bad_request', async () => {
          const response = await get(world().emulator, path(project), TOKENS.user, {
            scope: ['unknown', 'running'],
          });
          expect(response.status).toBe(400);
        });
      });

      // it_behaves_like 'an endpoint with keyset pagination': another_build (success, tags) joins
      // `job`; first_record = project.builds.last (another_build), second_record = project.builds.first (job).
      describe('an endpoint with keyset pagination', () => {
        const keysetParams = { pagination: 'keyset', per_page: 1 };
        const subject = (additional: Record<string, string> = {}) => {
          const w = world();
          return {
            w,
            response: get(w.emulator, path(PROJECTS.keyset), TOKENS.user, {
              ...keysetParams,
              ...additional,
            }),
          };
        };

        describe('on making requests with supported ordering structure', () => {
          it('includes keyset url params in the url response', async () => {
            const response = await subject().response;
            expect(response.status).toBe(200);
            const next = paginationParamsFromNextUrl(response);
            expect(next).toBeDefined();
            expect(next?.has('cursor')).toBe(true);
          });

          it('does not include pagination headers', async () => {
            const response = await subject().response;
            expect(response.status).toBe(200);
            // not_to include(all of them): at least one of GitLab's pagination headers is missing.
            expect(PAGINATION_HEADERS.every((name) => response.headers.has(name))).toBe(false);
          });

          it('paginates the records correctly', async () => {
            const { w, response: first } = subject();
            const response = await first;
            expect(response.status).toBe(200);
            const records = list(response);
            expect(records).toHaveLength(1);
            expect(records[0]?.id).toBe(w.jobId(PROJECTS.keyset, 'another_build'));

            const nextParams = paginationParamsFromNextUrl(response);
            expect(nextParams).toBeDefined();
            const next = await get(
              w.emulator,
              path(PROJECTS.keyset),
              TOKENS.user,
              Object.fromEntries(nextParams ?? []),
            );
            expect(next.status).toBe(200);
            const nextRecords = list(next);
            expect(nextRecords).toHaveLength(1);
            expect(nextRecords[0]?.id).toBe(w.jobId(PROJECTS.keyset, 'job'));
          });
        });

        describe('on making requests with unsupported ordering structure', () => {
          it('returns error', async () => {
            const response = await subject({ order_by: 'name', sort: 'asc' }).response;
            expect(response.status).toBe(405);
            expect(asObject(response).error).toBe(
              'Keyset pagination is not yet available for this type of request',
            );
          });
        });
      });
    });

    describe('unauthorized user', () => {
      describe('when user is not logged in', () => {
        it('does not return project jobs', async () => {
          const response = await get(world().emulator, path(project), undefined);
          expect(response.status).toBe(401);
        });
      });

      describe('when user is guest', () => {
        it('does not return project jobs', async () => {
          const response = await get(world().emulator, path(project), TOKENS.guest);
          expect(response.status).toBe(403);
        });
      });
    });
  });

  describe('GET /projects/:id/jobs offset pagination', () => {
    it('returns one record for the first page', async () => {
      const w = worldWithRunningJob();
      const response = await get(w.emulator, path(project), TOKENS.user, { per_page: 1 });
      expect(response.status).toBe(200);
      expect(list(response)).toHaveLength(1);
      expect(list(response)[0]?.id).toBe(w.jobId(project, 'running_job'));
    });

    it('returns second record when passed in offset and per_page params', async () => {
      const w = worldWithRunningJob();
      const response = await get(w.emulator, path(project), TOKENS.user, { page: 2, per_page: 1 });
      expect(response.status).toBe(200);
      expect(list(response)).toHaveLength(1);
      expect(list(response)[0]?.id).toBe(w.jobId(project, 'job'));
    });
  });

  describe('GET /projects/:id/jobs keyset pagination', () => {
    it('returns first page with cursor to next page', async () => {
      const w = worldWithRunningJob();
      const response = await get(w.emulator, path(project), TOKENS.user, {
        pagination: 'keyset',
        per_page: 1,
      });
      expect(response.status).toBe(200);
      expect(list(response)).toHaveLength(1);
      expect(list(response)[0]?.id).toBe(w.jobId(project, 'running_job'));
      const link = response.headers.get('link') ?? '';
      expect(link).toContain('cursor');
      // response.headers["Link"].match("(?<cursor_data>cursor=.*?)&")["cursor_data"]
      const nextCursor = /(?<cursorData>cursor=.*?)&/.exec(link)?.groups?.cursorData;
      expect(nextCursor, `no "cursor=…&" in Link: ${link}`).toBeDefined();

      const next = await get(w.emulator, path(project), TOKENS.user, {
        pagination: 'keyset',
        per_page: 1,
        ...Object.fromEntries(new URLSearchParams(nextCursor ?? '')),
      });
      expect(next.status).toBe(200);
      expect(list(next)).toHaveLength(1);
      expect(list(next)[0]?.id).toBe(w.jobId(project, 'job'));
      expect(next.headers.has('link')).toBe(false);
    });

    it('respects scope filters', async () => {
      const w = worldWithRunningJob();
      const response = await get(w.emulator, path(project), TOKENS.user, {
        pagination: 'keyset',
        scope: ['success'],
      });
      expect(response.status).toBe(200);
      expect(list(response)).toHaveLength(1);
      expect(list(response)[0]?.id).toBe(w.jobId(project, 'job'));
      expect(response.headers.has('link')).toBe(false);
    });
  });

  describe('GET /projects/:id/jobs rate limited', () => {
    // The jobs_index application limit is exhausted for spec-group/limited (a copy of `project`).
    it('enforces rate limits for the endpoint', async () => {
      const response = await get(world().emulator, path(PROJECTS.limited), TOKENS.user);
      expect(response.status).toBe(429);
      expect(field(asObject(response), 'message').error).toBe(
        'This endpoint has been requested too many times. Try again later.',
      );
    });
  });
});
