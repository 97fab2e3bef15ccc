// Cancel and retry a pipeline once: after a lost answer the pipeline is read back, never acted on twice.
import { describe, expect, it } from 'vitest';
import {
  cancelPipeline,
  createClient,
  OutcomeUnknownError,
  type PipelineStatus,
  retryPipeline,
} from '../../../src/index.js';
import { json, socketClosed } from '../../helpers/stub-fetch.js';
import { singlePipeline } from './pipeline-examples.js';
import { type RouteAnswer, routeStub } from './route-stub.js';

const GET = 'GET /api/v4/projects/1/pipelines/46';
const CANCEL = 'POST /api/v4/projects/1/pipelines/46/cancel';
const RETRY = 'POST /api/v4/projects/1/pipelines/46/retry';

function clientWith(post: string, answer: RouteAnswer, readBack: RouteAnswer) {
  const stub = routeStub({ [post]: answer, [GET]: readBack });
  const client = createClient({
    url: 'https://gitlab.example.com',
    token: 'glpat-pipelineactions0001',
    fetch: stub.fetch,
    retry: { readBackDelayMs: 1 },
  });
  return { client, stub };
}

const readsAs = (status: PipelineStatus) => () => json(singlePipeline(46, { status }));
const lost = () => Promise.reject(socketClosed());

describe('cancelPipeline after an uncertain outcome', () => {
  it.each(['canceling', 'canceled', 'success', 'failed'] as const)(
    'returns the pipeline when it reads back as %s, after ONE POST',
    async (status) => {
      const { client, stub } = clientWith(CANCEL, lost, readsAs(status));
      expect((await cancelPipeline(client, { project: 1, pipelineId: 46 })).status).toBe(status);
      expect(stub.count(CANCEL)).toBe(1);
    },
  );

  it('throws OutcomeUnknownError naming the pipeline when it still runs', async () => {
    const { client, stub } = clientWith(CANCEL, lost, readsAs('running'));
    const error = await cancelPipeline(client, { project: 1, pipelineId: 46 }).catch(
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error).toMatchObject({ code: 'OUTCOME_UNKNOWN', pipelineId: 46 });
    expect(error.message).toContain('reads back as running');
    expect(error.message).toContain('Look at pipeline 46');
    expect(stub.count(CANCEL)).toBe(1);
  });

  it('says the read-back failed when it did', async () => {
    const { client, stub } = clientWith(CANCEL, lost, () => json({ message: '404' }, 404));
    await expect(cancelPipeline(client, { project: 1, pipelineId: 46 })).rejects.toThrow(
      /reading it back failed/,
    );
    expect(stub.count(CANCEL)).toBe(1);
  });
});

describe('retryPipeline after an uncertain outcome', () => {
  it.each(['pending', 'running', 'created'] as const)(
    'returns the pipeline when it reads back as %s',
    async (status) => {
      const { client, stub } = clientWith(
        RETRY,
        () => json({ message: '502' }, 502),
        readsAs(status),
      );
      expect((await retryPipeline(client, { project: 1, pipelineId: 46 })).status).toBe(status);
      expect(stub.count(RETRY)).toBe(1);
    },
  );

  it.each(['failed', 'canceled', 'canceling'] as const)(
    'throws when it still reads back as %s, without retrying again',
    async (status) => {
      const { client, stub } = clientWith(RETRY, lost, readsAs(status));
      await expect(retryPipeline(client, { project: 1, pipelineId: 46 })).rejects.toMatchObject({
        code: 'OUTCOME_UNKNOWN',
        pipelineId: 46,
      });
      expect(stub.count(RETRY)).toBe(1);
    },
  );
});
