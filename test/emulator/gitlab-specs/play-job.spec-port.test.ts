// Ports spec/requests/api/ci/jobs_spec.rb › 'POST /projects/:id/jobs/:job_id/play' (gitlabhq/gitlabhq@9f2347fcc443bcae95898acf329d8f7d253b1251).
import { describe, expect, it } from 'vitest';
import { jobId, jobRecord, objectOf, post, specWorld, userIdOf } from './b-support.js';

const USER = 'glpat-b-play-user-000001';
const REPORTER = 'glpat-b-play-reporter-0001';
const STRANGER = 'glpat-b-play-stranger-0001';

/**
 * before { post api("/projects/#{project.id}/jobs/#{job.id}/play", api_user), params: params },
 * params form-encoded the way Rack::Test encodes `job_variables_attributes: [{ key:, value: }]`.
 */
async function playAs(apiUser: string, jobName: string, params?: Array<[string, string]>) {
  const emulator = specWorld('b-play-job.yaml');
  const job = jobId(emulator, 'spec/project', jobName);
  const body = params ? new URLSearchParams(params) : undefined;
  const response = await post(emulator, `/projects/1/jobs/${job}/play`, apiUser, body);
  return { emulator, job, response };
}

const KEY = 'job_variables_attributes[][key]';
const VALUE = 'job_variables_attributes[][value]';

describe('POST /projects/:id/jobs/:job_id/play', () => {
  describe('on a playable job', () => {
    describe('when user is authorized to trigger a manual action', () => {
      describe('that is a bridge', () => {
        it('plays the job', async () => {
          const { emulator, job, response } = await playAs(USER, 'playable-bridge');
          expect(response.status).toBe(200);
          const json = objectOf(response);
          expect((json.user as Record<string, unknown>).id).toBe(userIdOf(emulator, USER));
          expect(json.id).toBe(job);
          expect(jobRecord(emulator, job).status).toBe('pending');
        });
      });

      describe('that is a build', () => {
        it('plays the job', async () => {
          const { emulator, job, response } = await playAs(USER, 'manual-job');
          expect(response.status).toBe(200);
          const json = objectOf(response);
          expect((json.user as Record<string, unknown>).id).toBe(userIdOf(emulator, USER));
          expect(json.id).toBe(job);
          expect(jobRecord(emulator, job).status).toBe('pending');
        });
      });

      describe('when the user provides valid custom variables', () => {
        it('applies the variables to the job', async () => {
          const { emulator, job, response } = await playAs(USER, 'manual-job', [
            [KEY, 'TEST_VAR'],
            [VALUE, 'test'],
          ]);
          expect(response.status).toBe(200);
          const record = jobRecord(emulator, job);
          expect(record.status).toBe('pending');
          expect(record.playVariables?.map((variable) => variable.key)).toEqual(['TEST_VAR']);
          expect(record.playVariables?.map((variable) => variable.value)).toEqual(['test']);
        });
      });

      describe('when the user provides a variable without a key', () => {
        it('reports that the key is missing', async () => {
          const { emulator, job, response } = await playAs(USER, 'manual-job', [[VALUE, 'test']]);
          expect(response.status).toBe(400);
          expect(objectOf(response).error).toBe('job_variables_attributes[0][key] is missing');
          expect(jobRecord(emulator, job).status).toBe('manual');
        });
      });

      describe('when the user provides a variable without a value', () => {
        it('reports that the value is missing', async () => {
          const { emulator, job, response } = await playAs(USER, 'manual-job', [[KEY, 'TEST_VAR']]);
          expect(response.status).toBe(400);
          expect(objectOf(response).error).toBe('job_variables_attributes[0][value] is missing');
          expect(jobRecord(emulator, job).status).toBe('manual');
        });
      });

      describe('when the user provides both valid and invalid variables', () => {
        it('reports the invalid variables and does not run the job', async () => {
          const { emulator, job, response } = await playAs(USER, 'manual-job', [
            [KEY, 'TEST_VAR'],
            [VALUE, 'test'],
            [VALUE, 'test2'],
          ]);
          expect(response.status).toBe(400);
          expect(objectOf(response).error).toBe('job_variables_attributes[1][key] is missing');
          expect(jobRecord(emulator, job).status).toBe('manual');
        });
      });
    });

    describe('when user is not authorized to trigger a manual action', () => {
      describe('when user does not have access to the project', () => {
        it('does not trigger a manual action', async () => {
          const { emulator, job, response } = await playAs(STRANGER, 'manual-job');
          expect(jobRecord(emulator, job).status).toBe('manual');
          expect(response.status).toBe(404);
        });
      });

      describe('when user is not allowed to trigger the manual action', () => {
        it('does not trigger a manual action', async () => {
          const { emulator, job, response } = await playAs(REPORTER, 'manual-job');
          expect(jobRecord(emulator, job).status).toBe('manual');
          expect(response.status).toBe(403);
        });
      });
    });
  });

  describe('on a non-playable job', () => {
    it('returns a status code 400, Bad Request', async () => {
      const { response } = await playAs(USER, 'job');
      expect(response.status).toBe(400);
      expect(response.text).toMatch('Unplayable Job');
    });
  });
});
