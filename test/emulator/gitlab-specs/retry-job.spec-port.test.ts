// Ports spec/requests/api/ci/jobs_spec.rb › 'POST /projects/:id/jobs/:job_id/retry' (gitlabhq/gitlabhq@9f2347fcc443bcae95898acf329d8f7d253b1251).
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../../src/emulator/create-emulator.js';
import { get, jobId, objectOf, post, specWorld } from './b-support.js';

const USER = 'glpat-b-retry-user-00001';
const REPORTER = 'glpat-b-retry-reporter-001';

/** let!(:job) { create(:ci_build, :canceled, pipeline: pipeline) }: canceled through the API. */
async function canceledBuild(emulator: Emulator): Promise<number> {
  const job = jobId(emulator, 'spec/project', 'job');
  const cancel = await post(emulator, `/projects/1/jobs/${job}/cancel`, USER);
  expect(objectOf(cancel).status).toBe('canceled');
  return job;
}

/** create(:ci_bridge, :canceled, downstream: project): its mirrored downstream pipeline is canceled. */
async function canceledBridge(emulator: Emulator): Promise<number> {
  emulator.advance(5_000);
  const downstreamJob = jobId(emulator, 'spec/downstream', 'downstream-job');
  await post(emulator, `/projects/2/jobs/${downstreamJob}/cancel`, USER);
  emulator.advance(5_000);
  const bridge = jobId(emulator, 'spec/project', 'bridge');
  expect(emulator.state.jobs.get(bridge)?.status).toBe('canceled');
  return bridge;
}

/** create(:ci_build, :created): it needs a job that runs for an hour. */
function createdBuild(emulator: Emulator): number {
  const job = jobId(emulator, 'spec/project', 'created-job');
  expect(emulator.state.jobs.get(job)?.status).toBe('created');
  return job;
}

/** def call_retry_job */
function callRetryJob(emulator: Emulator, job: number, apiUser: string | undefined) {
  return post(emulator, `/projects/1/jobs/${job}/retry`, apiUser);
}

describe('POST /projects/:id/jobs/:job_id/retry', () => {
  describe('behaves like job retry API call handler', () => {
    describe('authorized user with :update_build permission', () => {
      describe('when the job is a build', () => {
        it('retries non-running job', async () => {
          const emulator = specWorld('b-retry-job.yaml');
          const job = await canceledBuild(emulator);
          const response = await callRetryJob(emulator, job, USER);
          expect(response.status).toBe(201);
          const original = await get(emulator, `/projects/1/jobs/${job}`, USER);
          expect(objectOf(original).status).toBe('canceled');
          expect(objectOf(response).status).toBe('pending');
        });
      });

      describe('when the job is a bridge', () => {
        it('retries the bridge', async () => {
          const emulator = specWorld('b-retry-job.yaml');
          const bridge = await canceledBridge(emulator);
          const response = await callRetryJob(emulator, bridge, USER);
          expect(response.status).toBe(201);
          expect(objectOf(response).status).toBe('pending');
        });
      });

      describe('when a build is not retryable', () => {
        it('responds with unprocessable entity', async () => {
          const emulator = specWorld('b-retry-job.yaml');
          const response = await callRetryJob(emulator, createdBuild(emulator), USER);
          expect(objectOf(response).message).toBe('403 Forbidden - Job is not retryable');
          expect(response.status).toBe(403);
        });
      });
    });

    describe('user without :update_build permission', () => {
      it('does not retry job', async () => {
        const emulator = specWorld('b-retry-job.yaml');
        const response = await callRetryJob(emulator, await canceledBuild(emulator), REPORTER);
        expect(response.status).toBe(403);
      });
    });

    describe('authorized user', () => {
      describe('user with :update_build permission', () => {
        it('retries non-running job', async () => {
          const emulator = specWorld('b-retry-job.yaml');
          const job = await canceledBuild(emulator);
          const response = await callRetryJob(emulator, job, USER);
          expect(response.status).toBe(201);
          const original = await get(emulator, `/projects/1/jobs/${job}`, USER);
          expect(objectOf(original).status).toBe('canceled');
          expect(objectOf(response).status).toBe('pending');
        });
      });

      describe('when a build is not retryable', () => {
        it('responds with unprocessable entity', async () => {
          const emulator = specWorld('b-retry-job.yaml');
          const job = createdBuild(emulator);
          await callRetryJob(emulator, job, USER); // the spec's before block
          const response = await callRetryJob(emulator, job, USER);
          expect(objectOf(response).message).toBe('403 Forbidden - Job is not retryable');
          expect(response.status).toBe(403);
        });
      });

      describe('user without :update_build permission', () => {
        it('does not retry job', async () => {
          const emulator = specWorld('b-retry-job.yaml');
          const job = await canceledBuild(emulator);
          await callRetryJob(emulator, job, REPORTER); // the spec's before block
          const response = await callRetryJob(emulator, job, REPORTER);
          expect(response.status).toBe(403);
        });
      });
    });

    describe('unauthorized user', () => {
      it('does not retry job', async () => {
        const emulator = specWorld('b-retry-job.yaml');
        const job = await canceledBuild(emulator);
        await callRetryJob(emulator, job, undefined); // the spec's before block
        const response = await callRetryJob(emulator, job, undefined);
        expect(response.status).toBe(401);
      });
    });
  });
});
