// Ports spec/requests/api/ci/pipelines_spec.rb › 'GET /projects/:id/pipelines ', '…/:pipeline_id', '…/latest' and '…/variables' (gitlabhq/gitlabhq@002718ac).
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../../src/emulator/create-emulator.js';
import { callApi } from '../support/call-api.js';
import {
  expectPaginationHeaders,
  get,
  listOf,
  objectOf,
  pipelineIdOf,
  specWorld,
} from './b-support.js';

const USER = 'glpat-b-pipes-user-00001';
const DEVELOPER = 'glpat-b-pipes-dev-000001';
const OWNER_DEV = 'glpat-b-pipes-owner-0001';
const NON_MEMBER = 'glpat-b-pipes-none-00001';
const PATH = '/projects/1/pipelines';

const world = () => specWorld('b-pipelines.yaml');
const list = (emulator: Emulator, query: Record<string, string> = {}) =>
  get(emulator, PATH, USER, new URLSearchParams(query));

/** A pipeline made through the API ("Build pipeline"), optionally with variables. */
async function createdPipeline(emulator: Emulator, token: string, variables: unknown[] = []) {
  const response = await callApi(emulator, '/projects/1/pipeline', {
    method: 'POST',
    token,
    body: { ref: 'master', variables },
  });
  expect(response.status).toBe(201);
  return objectOf(response).id as number;
}

describe('GET /projects/:id/pipelines ', () => {
  describe('authorized user', () => {
    it('returns project pipelines', async () => {
      const emulator = world();
      const response = await list(emulator);
      expect(response.status).toBe(200);
      expectPaginationHeaders(response);
      const json = listOf(response);
      expect(json[0]?.sha).toMatch(/^[0-9a-f]{40}$/);
      expect(json[0]?.id).toBe(pipelineIdOf(emulator, 'spec/project', 'working'));
      expect(json[0]?.web_url).toBeTruthy();
    });

    describe('keys in the response', () => {
      it('includes pipeline source', async () => {
        const json = listOf(await list(world()));
        expect(Object.keys(json[0] ?? {}).sort()).toEqual(
          [
            'id',
            'iid',
            'project_id',
            'sha',
            'ref',
            'status',
            'web_url',
            'created_at',
            'updated_at',
            'source',
            'name',
          ].sort(),
        );
      });
    });

    describe('when parameter is passed', () => {
      for (const target of ['running', 'pending']) {
        describe(`when scope is ${target}`, () => {
          it('returns matched pipelines', async () => {
            const json = listOf(await list(world(), { scope: target }));
            expect(json).not.toHaveLength(0);
            for (const pipeline of json) expect(pipeline.status).toBe(target);
          });
        });
      }

      describe('when scope is finished', () => {
        it('returns matched pipelines', async () => {
          const json = listOf(await list(world(), { scope: 'finished' }));
          expect(json).not.toHaveLength(0);
          for (const pipeline of json)
            expect(['success', 'failed', 'canceled']).toContain(pipeline.status);
        });
      });

      describe('when scope is branches', () => {
        it('returns matched pipelines', async () => {
          const emulator = world();
          const json = listOf(await list(emulator, { scope: 'branches' }));
          expect(json.map((pipeline) => pipeline.ref).sort()).toEqual(['feature', 'master']);
          expect(json.at(-1)?.id).toBe(pipelineIdOf(emulator, 'spec/project', 'feature-build'));
        });
      });

      describe('when scope is tags', () => {
        it('returns matched pipelines', async () => {
          const emulator = world();
          const json = listOf(await list(emulator, { scope: 'tags' }));
          expect(json.map((pipeline) => pipeline.id)).toEqual([
            pipelineIdOf(emulator, 'spec/project', 'release'),
          ]);
        });
      });

      for (const [name, value] of [
        ['scope', 'invalid-scope'],
        ['status', 'invalid-status'],
        ['yaml_errors', 'invalid-yaml_errors'],
        ['order_by', 'lock_version'],
        ['sort', 'invalid_sort'],
        ['source', 'invalid-source'],
      ] as const) {
        describe(`when ${name} is invalid`, () => {
          it('returns bad_request', async () => {
            const response = await list(world(), { [name]: value });
            expect(response.status).toBe(400);
            expect(String(objectOf(response).error)).toContain(name);
          });
        });
      }

      for (const target of ['success', 'failed', 'pending', 'running']) {
        describe(`when status is ${target}`, () => {
          it('returns matched pipelines', async () => {
            const json = listOf(await list(world(), { status: target }));
            expect(json).not.toHaveLength(0);
            for (const pipeline of json) expect(pipeline.status).toBe(target);
          });
        });
      }

      describe('when ref is specified', () => {
        it('returns matched pipelines when the ref exists', async () => {
          const json = listOf(await list(world(), { ref: 'master' }));
          expect(json).not.toHaveLength(0);
          for (const pipeline of json) expect(pipeline.ref).toBe('master');
        });

        it('returns empty when the ref does not exist', async () => {
          expect(listOf(await list(world(), { ref: 'invalid-ref' }))).toEqual([]);
        });
      });

      describe('when username is specified', () => {
        it('returns matched pipelines when the username exists', async () => {
          const emulator = world();
          const json = listOf(await list(emulator, { username: 'owner_dev' }));
          expect(json.map((pipeline) => pipeline.id)).toEqual([
            pipelineIdOf(emulator, 'spec/project', 'feature-build'),
          ]);
        });

        it('returns empty when the username does not exist', async () => {
          expect(listOf(await list(world(), { username: 'invalid-username' }))).toEqual([]);
        });
      });

      describe('when yaml_errors is specified', () => {
        it('lists none for true and all for false (no pipeline here has YAML errors)', async () => {
          const emulator = world();
          expect(listOf(await list(emulator, { yaml_errors: 'true' }))).toEqual([]);
          expect(listOf(await list(emulator, { yaml_errors: 'false' }))).toHaveLength(7);
        });
      });

      describe('when updated_at filters are specified', () => {
        it('returns pipelines with last update date in specified datetime range', async () => {
          const emulator = world();
          const json = listOf(
            await list(emulator, {
              updated_before: '2024-06-03T08:35:00Z',
              updated_after: '2024-06-03T08:25:00Z',
            }),
          );
          expect(json.map((pipeline) => pipeline.id)).toEqual([
            pipelineIdOf(emulator, 'spec/project', 'feature-build'),
          ]);
        });
      });

      describe('when order_by and sort are specified', () => {
        it('sorts as user_id: :desc', async () => {
          const emulator = world();
          const json = listOf(await list(emulator, { order_by: 'user_id', sort: 'desc' }));
          const userIds = json.map(
            (pipeline) => emulator.state.pipelines.get(pipeline.id as number)?.userId ?? null,
          );
          // PostgreSQL puts NULLs first in a descending order.
          expect(userIds).toEqual([null, 3, 1, 1, 1, 1, 1]);
        });

        it('sorts by id ascending', async () => {
          const ids = listOf(await list(world(), { sort: 'asc' })).map(
            (pipeline) => pipeline.id as number,
          );
          expect(ids).toEqual([...ids].sort((a, b) => a - b));
        });
      });

      describe('when a source is specified', () => {
        it('returns matched pipelines', async () => {
          const emulator = world();
          await createdPipeline(emulator, USER);
          const json = listOf(await list(emulator, { source: 'api' }));
          expect(json).toHaveLength(1);
          for (const pipeline of json) expect(pipeline.source).toBe('api');
        });
      });

      describe('when name is provided', () => {
        it('filters by name', async () => {
          const emulator = world();
          await createdPipeline(emulator, USER);
          const json = listOf(await list(emulator, { name: 'Build pipeline' }));
          expect(json).toHaveLength(1);
          expect(json[0]?.name).toBe('Build pipeline');
        });
      });
    });
  });

  describe('unauthorized user', () => {
    it('does not return project pipelines', async () => {
      const response = await get(world(), PATH, NON_MEMBER);
      expect(response.status).toBe(404);
      expect(objectOf(response).message).toBe('404 Project Not Found');
    });
  });
});

describe('GET /projects/:id/pipelines/:pipeline_id', () => {
  describe('authorized user', () => {
    it('returns project pipeline', async () => {
      const emulator = world();
      const id = await createdPipeline(emulator, USER);
      const response = await get(emulator, `${PATH}/${id}`, USER);
      expect(response.status).toBe(200);
      const json = objectOf(response);
      expect(json.sha).toMatch(/^[0-9a-f]{40}$/);
      expect(json.name).toBe('Build pipeline');
      expect(Object.keys(json).at(-1)).toBe('name');
    });

    it('returns 404 when it does not exist', async () => {
      const response = await get(world(), `${PATH}/999999`, USER);
      expect(response.status).toBe(404);
      expect(objectOf(response).message).toBe('404 Not found');
      expect(objectOf(response).id).toBeUndefined();
    });

    describe('with coverage', () => {
      it('exposes the coverage', async () => {
        const emulator = world();
        const id = pipelineIdOf(emulator, 'spec/project', 'covered');
        expect(objectOf(await get(emulator, `${PATH}/${id}`, USER)).coverage).toBe('30.00');
      });
    });
  });

  describe('unauthorized user', () => {
    it('does not return a project pipeline', async () => {
      const emulator = world();
      const response = await get(
        emulator,
        `${PATH}/${pipelineIdOf(emulator, 'spec/project', 'covered')}`,
        NON_MEMBER,
      );
      expect(response.status).toBe(404);
      expect(objectOf(response).message).toBe('404 Project Not Found');
    });
  });
});

describe('GET /projects/:id/pipelines/latest', () => {
  describe('authorized user', () => {
    describe('default repository branch', () => {
      it('gets the latest pipleine', async () => {
        const emulator = world();
        const id = await createdPipeline(emulator, USER);
        const json = objectOf(await get(emulator, `${PATH}/latest`, USER));
        expect(json.id).toBe(id);
        expect(json.ref).toBe('master');
        expect(json.name).toBe('Build pipeline');
      });
    });

    describe('ref parameter', () => {
      it('gets the latest pipleine', async () => {
        const emulator = world();
        const response = await get(
          emulator,
          `${PATH}/latest`,
          USER,
          new URLSearchParams({ ref: 'feature' }),
        );
        expect(response.status).toBe(200);
        expect(objectOf(response).id).toBe(pipelineIdOf(emulator, 'spec/project', 'feature-build'));
      });
    });
  });

  it('answers 403 for a ref without pipelines (authorize! :read_pipeline, nil)', async () => {
    const response = await get(
      world(),
      `${PATH}/latest`,
      USER,
      new URLSearchParams({ ref: 'nothing' }),
    );
    expect(response.status).toBe(403);
  });
});

describe('GET /projects/:id/pipelines/:pipeline_id/variables', () => {
  describe('user is a mantainer', () => {
    it('returns pipeline variables empty', async () => {
      const emulator = world();
      const id = pipelineIdOf(emulator, 'spec/project', 'covered');
      const response = await get(emulator, `${PATH}/${id}/variables`, USER);
      expect(response.status).toBe(200);
      expect(listOf(response)).toEqual([]);
    });

    describe('with variables', () => {
      it('returns pipeline variables', async () => {
        const emulator = world();
        const id = await createdPipeline(emulator, USER, [{ key: 'foo', value: 'bar' }]);
        expect(listOf(await get(emulator, `${PATH}/${id}/variables`, USER))).toEqual([
          { variable_type: 'env_var', key: 'foo', value: 'bar', raw: false },
        ]);
      });
    });
  });

  describe('user is a developer', () => {
    describe('pipeline created by the developer user', () => {
      it('returns pipeline variables', async () => {
        const emulator = world();
        emulator.state.project(1).pipelineVariablesMinimumLevel = 30;
        const id = await createdPipeline(emulator, OWNER_DEV, [{ key: 'foo', value: 'bar' }]);
        const response = await get(emulator, `${PATH}/${id}/variables`, OWNER_DEV);
        expect(response.status).toBe(200);
        expect(listOf(response)).toEqual([
          { variable_type: 'env_var', key: 'foo', value: 'bar', raw: false },
        ]);
      });
    });

    describe('pipeline created is not created by the developer user', () => {
      it('does not return pipeline variables', async () => {
        const emulator = world();
        const id = pipelineIdOf(emulator, 'spec/project', 'feature-build');
        expect((await get(emulator, `${PATH}/${id}/variables`, DEVELOPER)).status).toBe(403);
      });
    });
  });

  describe('user is not a project member', () => {
    it('does not return pipeline variables', async () => {
      const emulator = world();
      const id = pipelineIdOf(emulator, 'spec/project', 'covered');
      const response = await get(emulator, `${PATH}/${id}/variables`, NON_MEMBER);
      expect(response.status).toBe(404);
      expect(objectOf(response).message).toBe('404 Project Not Found');
    });
  });
});
