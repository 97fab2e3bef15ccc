// Ports spec/requests/api/ci/jobs_spec.rb › 'POST /projects/:id/jobs/:job_id/cancel' (gitlabhq/gitlabhq@9f2347fcc443bcae95898acf329d8f7d253b1251).
import { describe, expect, it } from 'vitest';
import { get, jobId, objectOf, post, specWorld } from './b-support.js';

const USER = 'glpat-b-cancel-user-0001';
const REPORTER = 'glpat-b-cancel-reporter-01';

/** before { post api("/projects/#{project.id}/jobs/#{job.id}/cancel", api_user) } */
async function cancelAs(apiUser: string | undefined) {
  const emulator = specWorld('b-cancel-job.yaml');
  const job = jobId(emulator, 'spec/project', 'job');
  const response = await post(emulator, `/projects/1/jobs/${job}/cancel`, apiUser);
  return { emulator, job, response };
}

describe('POST /projects/:id/jobs/:job_id/cancel', () => {
  describe('authorized user', () => {
    describe('user with :cancel_build permission', () => {
      it('cancels running or pending job', async () => {
        const { emulator, job, response } = await cancelAs(USER);
        expect(response.status).toBe(201);
        // project.builds.first.status: the job was already finished, so it stays 'success'.
        const reloaded = await get(emulator, `/projects/1/jobs/${job}`, USER);
        expect(objectOf(reloaded).status).toBe('success');
      });
    });

    describe('user without :cancel_build permission', () => {
      it('does not cancel job', async () => {
        const { response } = await cancelAs(REPORTER);
        expect(response.status).toBe(403);
      });
    });
  });

  describe('unauthorized user', () => {
    it('does not cancel job', async () => {
      const { response } = await cancelAs(undefined);
      expect(response.status).toBe(401);
    });
  });
});
