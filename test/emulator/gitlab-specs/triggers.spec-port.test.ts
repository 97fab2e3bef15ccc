// Ports spec/requests/api/ci/triggers_spec.rb › 'POST /projects/:project_id/trigger/pipeline' (gitlabhq/gitlabhq@087a4d4a).
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../../src/emulator/create-emulator.js';
import { callApi } from '../support/call-api.js';
import { jobTokenOf } from '../support/world.js';
import { jobId, objectOf, post, specWorld } from './b-support.js';

const TRIGGER_TOKEN = 'secure_token';
const TRIGGER_TOKEN_2 = 'secure_token_2';

function world() {
  const emulator = specWorld('b-triggers.yaml');
  const pipelines = () =>
    [...emulator.state.pipelines.values()].filter((pipeline) => pipeline.projectId === 1);
  return { emulator, pipelines };
}

/** `post api(path), params: …` without any credential but the `token` parameter. */
function trigger(
  emulator: Emulator,
  path: string,
  params: Array<[string, string]>,
  headers?: Record<string, string>,
) {
  return callApi(emulator, path, { method: 'POST', body: new URLSearchParams(params), headers });
}

const jobsOf = (emulator: Emulator, pipelineId: number) =>
  emulator.state.pipelines.get(pipelineId)?.jobIds.length;

describe('POST /projects/:project_id/trigger/pipeline', () => {
  describe('Handles errors', () => {
    it('returns bad request if token is missing', async () => {
      const response = await trigger(world().emulator, '/projects/1/trigger/pipeline', [
        ['ref', 'master'],
      ]);
      expect(response.status).toBe(400);
      expect(objectOf(response).error).toBe('token is missing');
    });

    it('returns not found if project is not found', async () => {
      const response = await trigger(world().emulator, '/projects/0/trigger/pipeline', [
        ['token', TRIGGER_TOKEN],
        ['ref', 'master'],
      ]);
      expect(response.status).toBe(404);
    });
  });

  describe('Have a commit', () => {
    it('creates pipeline', async () => {
      const { emulator, pipelines } = world();
      const response = await trigger(emulator, '/projects/1/trigger/pipeline', [
        ['token', TRIGGER_TOKEN],
        ['ref', 'master'],
      ]);
      expect(response.status).toBe(201);
      const last = pipelines().at(-1);
      expect(objectOf(response).id).toBe(last?.id);
      expect(jobsOf(emulator, last?.id ?? 0)).toBe(5);
      expect(last?.source).toBe('trigger');
      expect(emulator.state.user(last?.userId ?? null)?.username).toBe('user');
    });

    it('stores payload as a variable', async () => {
      const { emulator, pipelines } = world();
      await trigger(emulator, '/projects/1/trigger/pipeline', [
        ['token', TRIGGER_TOKEN],
        ['ref', 'master'],
      ]);
      const payload = pipelines()
        .at(-1)
        ?.variables?.find((variable) => variable.key === 'TRIGGER_PAYLOAD');
      expect(payload?.value).toBe('{"ref":"master","id":"1","variables":{}}');
      expect(payload?.variableType).toBe('file');
    });

    it("returns bad request with no pipeline created if there's no commit for that ref", async () => {
      const { emulator, pipelines } = world();
      const before = pipelines().length;
      const response = await trigger(emulator, '/projects/1/trigger/pipeline', [
        ['token', TRIGGER_TOKEN],
        ['ref', 'other-branch'],
      ]);
      expect(response.status).toBe(400);
      expect(objectOf(response).message).toEqual({ base: ['Reference not found'] });
      expect(pipelines()).toHaveLength(before);
    });

    describe('Validates variables', () => {
      it('validates variables to be a hash', async () => {
        const response = await trigger(world().emulator, '/projects/1/trigger/pipeline', [
          ['token', TRIGGER_TOKEN],
          ['variables', 'value'],
          ['ref', 'master'],
        ]);
        expect(response.status).toBe(400);
        expect(objectOf(response).error).toBe('variables is invalid');
      });

      it('validates variables needs to be a map of key-valued strings', async () => {
        const response = await trigger(world().emulator, '/projects/1/trigger/pipeline', [
          ['token', TRIGGER_TOKEN],
          ['variables[TRIGGER_KEY][]', '1'],
          ['variables[TRIGGER_KEY][]', '2'],
          ['ref', 'master'],
        ]);
        expect(response.status).toBe(400);
        expect(objectOf(response).message).toBe(
          'variables needs to be a map of key-valued strings',
        );
      });

      it('creates trigger request with variables', async () => {
        const { emulator, pipelines } = world();
        const response = await trigger(emulator, '/projects/1/trigger/pipeline', [
          ['token', TRIGGER_TOKEN],
          ['variables[TRIGGER_KEY]', 'TRIGGER_VALUE'],
          ['ref', 'master'],
        ]);
        expect(response.status).toBe(201);
        const variable = pipelines()
          .at(-1)
          ?.variables?.find((each) => each.key === 'TRIGGER_KEY');
        expect(variable?.value).toBe('TRIGGER_VALUE');
      });
    });
  });

  describe('when triggering a pipeline from a trigger token', () => {
    it('does not leak the presence of project when token is for different project', async () => {
      const response = await trigger(
        world().emulator,
        `/projects/2/ref/master/trigger/pipeline?token=${TRIGGER_TOKEN}`,
        [['ref', 'refs/heads/other-branch']],
      );
      expect(response.status).toBe(404);
      expect(objectOf(response).message).toBe('404 Not Found');
    });

    it('creates builds from the ref given in the URL, not in the body', async () => {
      const { emulator } = world();
      const response = await trigger(
        emulator,
        `/projects/1/ref/master/trigger/pipeline?token=${TRIGGER_TOKEN}`,
        [['ref', 'refs/heads/other-branch']],
      );
      expect(response.status).toBe(201);
      expect(jobsOf(emulator, objectOf(response).id as number)).toBe(5);
    });

    describe('when ref contains a dot', () => {
      it('creates builds from the ref given in the URL, not in the body', async () => {
        const { emulator } = world();
        const response = await trigger(
          emulator,
          `/projects/1/ref/v.1-branch/trigger/pipeline?token=${TRIGGER_TOKEN}`,
          [['ref', 'refs/heads/other-branch']],
        );
        expect(response.status).toBe(201);
        expect(jobsOf(emulator, objectOf(response).id as number)).toBe(4);
      });
    });
  });

  describe('behaves like logs inbound authorizations via job token', () => {
    const fromProject2 = async (admitted: boolean) => {
      const { emulator, pipelines } = world();
      if (admitted) emulator.state.project(1).jobTokenAllowlist.add(2);
      const token = jobTokenOf(emulator, jobId(emulator, 'spec/project2', 'other-job'));
      const response = await trigger(
        emulator,
        `/projects/1/ref/master/trigger/pipeline?token=${token}`,
        [['ref', 'master']],
      );
      return { emulator, response, pipelines };
    };

    it('answers created when the allowlist admits the job token’s project', async () => {
      const { response } = await fromProject2(true);
      expect(response.status).toBe(201);
      expect(objectOf(response).source).toBe('pipeline');
    });

    it('answers not found when it does not', async () => {
      const { response } = await fromProject2(false);
      expect(response.status).toBe(404);
    });
  });

  describe('when is triggered by a pipeline hook', () => {
    it('does not create a new pipeline', async () => {
      const { emulator, pipelines } = world();
      const before = pipelines().length;
      const response = await trigger(
        emulator,
        `/projects/1/ref/master/trigger/pipeline?token=${TRIGGER_TOKEN}`,
        [['ref', 'refs/heads/other-branch']],
        { 'X-Gitlab-Event': 'Pipeline Hook' },
      );
      expect(response.status).toBe(403);
      expect(pipelines()).toHaveLength(before);
    });
  });

  describe('when using inputs', () => {
    describe('when triggered from another running job', () => {
      it('creates a pipeline downstream of the job’s pipeline, run as the job’s user (JSON)', async () => {
        const { emulator } = world();
        const caller = jobId(emulator, 'spec/project', 'runner-job');
        const token = jobTokenOf(emulator, caller);
        const response = await callApi(
          emulator,
          `/projects/1/ref/master/trigger/pipeline?token=${token}`,
          {
            method: 'POST',
            body: { ref: 'refs/heads/other-branch', inputs: { deploy_strategy: 'blue-green' } },
          },
        );
        expect(response.status).toBe(201);
        const created = emulator.state.pipelines.get(objectOf(response).id as number);
        expect(created?.source).toBe('pipeline');
        expect(created?.upstreamBridgeId).toBe(caller);
        expect(emulator.state.user(created?.userId ?? null)?.username).toBe('user');
      });
    });
  });

  // Beyond the spec: Build::Associations counts TRIGGER_PAYLOAD as a pipeline variable.
  it('refuses a trigger whose owner may not set pipeline variables', async () => {
    const response = await trigger(world().emulator, '/projects/1/trigger/pipeline', [
      ['token', TRIGGER_TOKEN_2],
      ['ref', 'master'],
    ]);
    expect(response.status).toBe(400);
    expect(objectOf(response).message).toEqual({
      base: ['Insufficient permissions to set pipeline variables'],
    });
  });

  it('ignores a personal token header: the token parameter decides', async () => {
    const { emulator } = world();
    const response = await post(
      emulator,
      '/projects/1/trigger/pipeline',
      'glpat-b-trig-user-000001',
      new URLSearchParams({ ref: 'master', token: 'nope-nope' }),
    );
    expect(response.status).toBe(404);
  });
});
