// Ports spec/requests/api/ci/pipelines_spec.rb › 'POST /projects/:id/pipeline ' (gitlabhq/gitlabhq@002718ac).
import { describe, expect, it } from 'vitest';
import { callApi } from '../support/call-api.js';
import { objectOf, post, specWorld } from './b-support.js';

const USER = 'glpat-b-pipes-user-00001';
const DEVELOPER = 'glpat-b-pipes-dev-000001';
const REPORTER = 'glpat-b-pipes-rep-000001';
const NON_MEMBER = 'glpat-b-pipes-none-00001';

function world() {
  const emulator = specWorld('b-pipelines.yaml');
  const count = () =>
    [...emulator.state.pipelines.values()].filter((pipeline) => pipeline.projectId === 1).length;
  // project.commit.id: the head of master, the commit its newest pipeline ran for.
  const head = [...emulator.state.pipelines.values()]
    .filter((pipeline) => pipeline.projectId === 1 && pipeline.ref === 'master')
    .sort((a, b) => b.id - a.id)[0]?.sha;
  return { emulator, count, head };
}

describe('POST /projects/:id/pipeline ', () => {
  describe('authorized user', () => {
    describe('with gitlab-ci.yml', () => {
      it('creates and returns a new pipeline', async () => {
        const { emulator, count, head } = world();
        const before = count();
        const response = await post(
          emulator,
          '/projects/1/pipeline',
          USER,
          new URLSearchParams({ ref: 'master' }),
        );
        expect(count()).toBe(before + 1);
        expect(response.status).toBe(201);
        const json = objectOf(response);
        expect(json.sha).toBe(head);
        expect(json.source).toBe('api');
        expect(json.ref).toBe('master');
      });

      describe('variables given', () => {
        it('creates and returns a new pipeline using the given variables', async () => {
          const { emulator, count, head } = world();
          const before = count();
          const variables = [{ variable_type: 'file', key: 'UPLOAD_TO_S3', value: 'true' }];
          const response = await callApi(emulator, '/projects/1/pipeline', {
            method: 'POST',
            token: USER,
            body: { ref: 'master', variables },
          });
          expect(count()).toBe(before + 1);
          expect(response.status).toBe(201);
          const json = objectOf(response);
          const created = emulator.state.pipelines.get(json.id as number);
          expect(created?.variables).toEqual([
            { key: 'UPLOAD_TO_S3', value: 'true', variableType: 'file' },
          ]);
          expect(json.sha).toBe(head);
          expect(json).not.toHaveProperty('variables');
        });
      });

      it('fails when using an invalid ref', async () => {
        const { emulator, count } = world();
        const before = count();
        const response = await post(
          emulator,
          '/projects/1/pipeline',
          USER,
          new URLSearchParams({ ref: 'invalid_ref' }),
        );
        expect(response.status).toBe(400);
        expect(objectOf(response).message).toEqual({ base: ['Reference not found'] });
        expect(count()).toBe(before);
      });
    });

    describe('without gitlab-ci.yml', () => {
      describe('without auto devops enabled', () => {
        it('fails to create pipeline', async () => {
          const { emulator } = world();
          emulator.state.pipelineSetups.get(1)?.templates.splice(0);
          const response = await post(
            emulator,
            '/projects/1/pipeline',
            USER,
            new URLSearchParams({ ref: 'master' }),
          );
          expect(response.status).toBe(400);
          expect((objectOf(response).message as { base: string[] }).base[0]).toBe(
            'Missing CI config file',
          );
        });
      });
    });
  });

  describe('unauthorized user', () => {
    it('does not create pipeline', async () => {
      const { emulator, count } = world();
      const before = count();
      const response = await post(
        emulator,
        '/projects/1/pipeline',
        NON_MEMBER,
        new URLSearchParams({ ref: 'master' }),
      );
      expect(response.status).toBe(404);
      expect(objectOf(response).message).toBe('404 Project Not Found');
      expect(count()).toBe(before);
    });
  });

  // Beyond the spec: the policy and chain checks it stubs or leaves to other specs.
  describe('emulator specifics', () => {
    it('answers 403 to a reporter (authorize! :create_pipeline)', async () => {
      const { emulator } = world();
      const response = await post(
        emulator,
        '/projects/1/pipeline',
        REPORTER,
        new URLSearchParams({ ref: 'master' }),
      );
      expect(response.status).toBe(403);
    });

    it('refuses variables from a role below the minimum to use them', async () => {
      const { emulator, count } = world();
      const before = count();
      const response = await callApi(emulator, '/projects/1/pipeline', {
        method: 'POST',
        token: DEVELOPER,
        body: { ref: 'master', variables: [{ key: 'A', value: '1' }] },
      });
      expect(response.status).toBe(400);
      expect(objectOf(response).message).toEqual({
        base: ['Insufficient permissions to set pipeline variables'],
      });
      expect(count()).toBe(before);
    });

    it('answers 400 when ref is missing, naming it', async () => {
      const { emulator } = world();
      const response = await post(emulator, '/projects/1/pipeline', USER, new URLSearchParams({}));
      expect(response.status).toBe(400);
      expect(objectOf(response).error).toBe('ref is missing');
    });

    it('refuses an unknown variable_type, naming the field', async () => {
      const { emulator } = world();
      const response = await callApi(emulator, '/projects/1/pipeline', {
        method: 'POST',
        token: USER,
        body: { ref: 'master', variables: [{ key: 'A', value: '1', variable_type: 'secret' }] },
      });
      expect(response.status).toBe(400);
      expect(objectOf(response).error).toBe(
        'variables[0][variable_type] does not have a valid value',
      );
    });

    it('reads form-encoded variables[][key] and variables[][value]', async () => {
      const { emulator } = world();
      const body = new URLSearchParams([
        ['ref', 'master'],
        ['variables[][key]', 'DEPLOY'],
        ['variables[][value]', 'yes'],
      ]);
      const response = await post(emulator, '/projects/1/pipeline', USER, body);
      expect(response.status).toBe(201);
      const created = emulator.state.pipelines.get(objectOf(response).id as number);
      expect(created?.variables).toEqual([
        { key: 'DEPLOY', value: 'yes', variableType: 'env_var' },
      ]);
    });

    it('answers with the Pipeline entity, its fields in expose order and the pipeline running', async () => {
      const { emulator } = world();
      const response = await post(
        emulator,
        '/projects/1/pipeline',
        USER,
        new URLSearchParams({ ref: 'master' }),
      );
      const json = objectOf(response);
      expect(Object.keys(json)).toEqual([
        'id',
        'iid',
        'project_id',
        'sha',
        'ref',
        'status',
        'source',
        'created_at',
        'updated_at',
        'web_url',
        'before_sha',
        'tag',
        'yaml_errors',
        'user',
        'started_at',
        'finished_at',
        'committed_at',
        'duration',
        'queued_duration',
        'coverage',
        'detailed_status',
        'archived',
      ]);
      expect(json.status).toBe('pending');
      expect((json.user as Record<string, unknown>).username).toBe('user');
      expect(emulator.state.pipelines.get(json.id as number)?.jobIds).toHaveLength(2);
    });
  });
});
