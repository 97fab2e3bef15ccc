// Ports spec/requests/api/ci/pipelines_spec.rb › 'GET /projects/:id/pipelines/:pipeline_id/bridges' (gitlabhq/gitlabhq@e8d2c2579383897a1dd7f9debd359abe8ae8373d).
import { describe, expect, it } from 'vitest';
import {
  expectPaginationHeaders,
  get,
  jobId,
  listOf,
  objectOf,
  pipelineIdOf,
  specWorld,
} from './b-support.js';

const USER = 'glpat-b-bridges-user-00001';
const GUEST = 'glpat-b-bridges-guest-0001';

/** before { get api("/projects/#{project.id}/pipelines/#{pipeline.id}/bridges", api_user), params: query } */
async function listAs(
  apiUser: string | undefined,
  query: Array<[string, string]> = [],
  projectPath = 'spec/project',
) {
  const emulator = specWorld('b-pipeline-bridges.yaml');
  const project = emulator.state.findProject(projectPath)?.id;
  const pipeline = pipelineIdOf(emulator, projectPath, 'bridge');
  const path = `/projects/${project}/pipelines/${pipeline}/bridges`;
  const response = await get(emulator, path, apiUser, new URLSearchParams(query));
  return { emulator, project, pipeline, path, response };
}

describe('GET /projects/:id/pipelines/:pipeline_id/bridges', () => {
  describe('authorized user', () => {
    it('returns pipeline bridges', async () => {
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
      expect((first.commit as Record<string, unknown>).id).toBe(
        emulator.state.pipeline(pipeline).sha,
      );
      expect(first.id).toBe(jobId(emulator, 'spec/project', 'bridge'));
      expect(first.name).toBe('bridge');
      expect(first.stage).toBe('deploy');
    });

    it('returns pipeline data', async () => {
      const { emulator, pipeline, response } = await listAs(USER);
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
      const { emulator, response } = await listAs(USER);
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
      describe('with one scope element', () => {
        // it :skip_before_request do … (an it without a description)
        it('is expected to have gitlab http status :ok and one pending bridge', async () => {
          const { response } = await listAs(USER, [['scope', 'pending']], 'spec/filter');
          expect(response.status).toBe(200);
          const json = listOf(response);
          expect(json).toHaveLength(1);
          expect(json[0]?.status).toBe('pending');
        });
      });

      describe('with array of scope elements', () => {
        // it :skip_before_request do … (an it without a description)
        it('is expected to have gitlab http status :ok and two pending or running bridges', async () => {
          const { response } = await listAs(
            USER,
            [
              ['scope[]', 'pending'],
              ['scope[]', 'running'],
            ],
            'spec/filter',
          );
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
          const { response } = await listAs(USER, [
            ['scope[]', 'unknown'],
            ['scope[]', 'running'],
          ]);
          expect(response.status).toBe(400);
        });
      });

      describe('in a hash', () => {
        it('is expected to have gitlab http status :bad_request', async () => {
          const { response } = await listAs(USER, [['scope[unknown]', 'true']]);
          expect(response.status).toBe(400);
        });
      });

      describe('in a string', () => {
        it('is expected to have gitlab http status :bad_request', async () => {
          const { response } = await listAs(USER, [['scope', 'unknown']]);
          expect(response.status).toBe(400);
        });
      });
    });

    describe('bridges in different pipelines', () => {
      it('excludes bridges from other pipelines', async () => {
        const { emulator, pipeline, response } = await listAs(USER);
        // bridge2 (pipeline2) exists in the same project
        expect(pipelineIdOf(emulator, 'spec/project', 'bridge2')).not.toBe(pipeline);
        const json = listOf(response);
        expect(json).not.toHaveLength(0);
        for (const bridge of json)
          expect((bridge.pipeline as Record<string, unknown>).id).toBe(pipeline);
      });
    });
  });

  describe('no pipeline is found', () => {
    it('does not return bridges', async () => {
      const { emulator, pipeline } = await listAs(USER);
      const project2 = emulator.state.findProject('spec/project2')?.id;
      const response = await get(
        emulator,
        `/projects/${project2}/pipelines/${pipeline}/bridges`,
        USER,
      );
      expect(objectOf(response).message).toBe('404 Project Not Found');
      expect(response.status).toBe(404);
    });
  });

  describe('unauthorized user', () => {
    describe('when user is not logged in', () => {
      it('does not return bridges', async () => {
        const { response } = await listAs(undefined);
        expect(objectOf(response).message).toBe('404 Project Not Found');
        expect(response.status).toBe(404);
      });
    });

    describe('when user is guest', () => {
      it('does not return bridges', async () => {
        const { response } = await listAs(GUEST);
        expect(response.status).toBe(403);
      });
    });

    describe('when user has no read_build access for project', () => {
      it('does not return bridges', async () => {
        // project.add_guest(api_user): the member's role is now guest
        const { emulator, path } = await listAs(GUEST);
        const response = await get(emulator, path, GUEST);
        expect(response.status).toBe(403);
      });
    });
  });
});
