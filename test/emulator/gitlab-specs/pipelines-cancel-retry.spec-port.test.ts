// Ports spec/requests/api/ci/pipelines_spec.rb › 'POST /projects/:id/pipelines/:pipeline_id/cancel' and '…/retry' (gitlabhq/gitlabhq@002718ac).
import { describe, expect, it } from 'vitest';
import { jobRecord, objectOf, pipelineIdOf, post, specWorld } from './b-support.js';

const USER = 'glpat-b-pipes-user-00001';
const REPORTER = 'glpat-b-pipes-rep-000001';
const NON_MEMBER = 'glpat-b-pipes-none-00001';

const world = () => specWorld('b-pipelines.yaml');

describe('POST /projects/:id/pipelines/:pipeline_id/retry', () => {
  describe('authorized user', () => {
    it('retries failed builds', async () => {
      const emulator = world();
      const id = pipelineIdOf(emulator, 'spec/project', 'broken');
      const pipeline = emulator.state.pipeline(id);
      const build = pipeline.jobIds[0] ?? 0;
      expect(pipeline.jobIds).toHaveLength(1);
      const response = await post(emulator, `/projects/1/pipelines/${id}/retry`, USER);
      expect(pipeline.jobIds).toHaveLength(2);
      expect(response.status).toBe(201);
      expect(jobRecord(emulator, build).retried).toBe(true);
      expect(objectOf(response).status).toBe('pending');
    });
  });

  describe('unauthorized user', () => {
    it('does not return a project pipeline', async () => {
      const emulator = world();
      const id = pipelineIdOf(emulator, 'spec/project', 'broken');
      const response = await post(emulator, `/projects/1/pipelines/${id}/retry`, NON_MEMBER);
      expect(response.status).toBe(404);
      expect(objectOf(response).message).toBe('404 Project Not Found');
      expect(objectOf(response).id).toBeUndefined();
    });
  });
});

describe('POST /projects/:id/pipelines/:pipeline_id/cancel', () => {
  describe('authorized user', () => {
    describe('when cancel_gracefully is not supported by the runner', () => {
      it('cancels builds', async () => {
        const emulator = world();
        const id = pipelineIdOf(emulator, 'spec/project', 'working');
        const response = await post(emulator, `/projects/1/pipelines/${id}/cancel`, USER);
        expect(response.status).toBe(200);
        expect(objectOf(response).status).toBe('canceled');
      });
    });

    describe('when supports canceling is true', () => {
      it('sets the pipeline status to canceling while its running job cancels', async () => {
        const emulator = world();
        const id = pipelineIdOf(emulator, 'spec/graceful', 'graceful');
        const response = await post(emulator, `/projects/2/pipelines/${id}/cancel`, USER);
        expect(response.status).toBe(200);
        expect(objectOf(response).status).toBe('canceling');
        emulator.advance(61_000);
        expect(emulator.state.pipeline(id)).toBeDefined();
        const job = jobRecord(emulator, emulator.state.pipeline(id).jobIds[0] ?? 0);
        expect(job.status).toBe('canceled');
      });
    });
  });

  describe('user without proper access rights', () => {
    it('rejects the action', async () => {
      const emulator = world();
      const id = pipelineIdOf(emulator, 'spec/project', 'queued');
      const response = await post(emulator, `/projects/1/pipelines/${id}/cancel`, REPORTER);
      expect(response.status).toBe(403);
      expect(
        objectOf(await post(emulator, `/projects/1/pipelines/${id}/cancel`, NON_MEMBER)).message,
      ).toBe('404 Project Not Found');
      expect(jobRecord(emulator, emulator.state.pipeline(id).jobIds[0] ?? 0).status).toBe(
        'pending',
      );
    });
  });

  it('answers 200 with a finished pipeline unchanged', async () => {
    const emulator = world();
    const id = pipelineIdOf(emulator, 'spec/project', 'covered');
    const response = await post(emulator, `/projects/1/pipelines/${id}/cancel`, USER);
    expect(response.status).toBe(200);
    expect(objectOf(response).status).toBe('success');
  });
});
