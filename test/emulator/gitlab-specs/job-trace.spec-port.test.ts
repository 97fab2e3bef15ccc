// Ports spec/requests/api/ci/jobs_spec.rb › describe 'GET /projects/:id/jobs/:job_id/trace' (gitlabhq/gitlabhq@9f2347fcc443bcae95898acf329d8f7d253b1251).
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../../src/emulator/create-emulator.js';
import { callApi } from '../support/call-api.js';
import { fixtureText, jobNamed } from '../support/world.js';
import { get, jobsSpecWorld, needsWorld, PROJECTS, TOKENS } from './a-jobs-spec-support.js';

const { project, cases } = PROJECTS;

// At T0+3m: `job` and archived_log_job have finished; live_log_job has run for three minutes;
// no_log_job is still pending.
const world = () => jobsSpecWorld(3);

async function getTrace(
  token: string | undefined,
  target: { id: number; path: string } = project,
  name = 'job',
) {
  const w = world();
  const id = w.jobId(target, name);
  return get(w.emulator, `/projects/${target.id}/jobs/${id}/trace`, token);
}

// The whole log of archived_log_job, as the runner wrote it.
const ARCHIVED_LOG = 'Running with gitlab-runner\n> make test\nJob succeeded\n';
// live_log_job's log three minutes into its run (its third line comes at one hour).
const LIVE_LOG = 'live line one\nlive line two\n';

// shared_examples_for "additional access criteria": where(:public_builds, :user_project_role, :expected_status)
const ACCESS_CRITERIA = [
  { publicBuilds: true, role: 'developer', expectedStatus: 200 },
  { publicBuilds: true, role: 'guest', expectedStatus: 403 },
  { publicBuilds: false, role: 'developer', expectedStatus: 200 },
  { publicBuilds: false, role: 'guest', expectedStatus: 403 },
] as const;

const NEEDS_TOKENS = { developer: 'glpat-a-needs-dev-000001', guest: 'glpat-a-needs-guest-0001' };

async function traceOfDebugJob(
  emulator: Emulator,
  publicBuilds: boolean,
  role: 'developer' | 'guest',
) {
  const projectPath = publicBuilds ? 'needs/public-builds' : 'needs/private-builds';
  const target = emulator.state.findProject(projectPath);
  const id = jobNamed(emulator, projectPath, 'debug_job').id;
  return callApi(emulator, `/projects/${target?.id}/jobs/${id}/trace`, {
    token: NEEDS_TOKENS[role],
  });
}

function additionalAccessCriteria(fixture: string): void {
  for (const row of ACCESS_CRITERIA) {
    describe(`public_builds: ${row.publicBuilds}, user_project_role: "${row.role}", expected_status: ${row.expectedStatus}`, () => {
      it('renders trace to authorized users', async () => {
        const emulator = needsWorld(fixtureText(`gitlab-specs/${fixture}`));
        const response = await traceOfDebugJob(emulator, row.publicBuilds, row.role);
        expect(response.status).toBe(row.expectedStatus);
      });
    });
  }
}

describe('API::Ci::Jobs', () => {
  describe('GET /projects/:id/jobs/:job_id/trace', () => {
    describe('authorized user', () => {
      describe('with oauth token that has ai_workflows scope', () => {
        // The emulator's OAuth tokens carry no scopes: any OAuth token of `user` stands for one.
        it('allows access', async () => {
          const w = world();
          const id = w.jobId(project, 'job');
          const response = await callApi(w.emulator, `/projects/${project.id}/jobs/${id}/trace`, {
            token: TOKENS.userOauth,
            auth: 'bearer',
          });
          expect(response.status).toBe(200);
        });
      });

      describe('when log is in ObjectStorage', () => {
        it('returns specific job logs', async () => {
          const response = await getTrace(TOKENS.user, cases, 'archived_log_job');
          expect(response.status).toBe(200);
          expect(response.text).toBe(ARCHIVED_LOG);
        });
      });

      describe('when log is artifact', () => {
        it('returns specific job log', async () => {
          const response = await getTrace(TOKENS.user, cases, 'archived_log_job');
          expect(response.status).toBe(200);
          expect(response.text).toBe(ARCHIVED_LOG);
        });
      });

      describe('when incremental logging and uploadless log artifact', () => {
        it('returns specific job log', async () => {
          const response = await getTrace(TOKENS.user, cases, 'live_log_job');
          expect(response.status).toBe(200);
          expect(response.text).toBe(LIVE_LOG);
        });
      });

      describe('when log is incremental', () => {
        it('returns specific job log', async () => {
          const response = await getTrace(TOKENS.user, cases, 'live_log_job');
          expect(response.status).toBe(200);
          expect(response.text).toBe(LIVE_LOG);
        });
      });

      describe('when no log', () => {
        it('returns empty log', async () => {
          const response = await getTrace(TOKENS.user, cases, 'no_log_job');
          expect(response.status).toBe(200);
          expect(response.text).toBe('');
        });
      });

      describe('when log artifact record exists with no stored file', () => {
        // The emulator has no "record without file": a job that has not written a log stands for it.
        it('returns empty trace', async () => {
          const response = await getTrace(TOKENS.user, cases, 'no_log_job');
          expect(response.status).toBe(200);
          expect(response.text).toBe('');
        });
      });
    });

    describe('unauthorized user', () => {
      it('does not return specific job log', async () => {
        const response = await getTrace(undefined);
        expect(response.status).toBe(401);
      });
    });

    // The job's debug flag (`jobs[].debugTrace`) and the project's public_builds
    // (`projects[].publicBuilds`): GitLab then refuses the log (read_build_trace) below developer.
    describe('when metadata debug_trace_enabled is set to true', () => {
      additionalAccessCriteria('a-jobs-spec-needs.yaml');
    });

    // Instance CI/CD variables (`server.instanceVariables`) and `projects[].publicBuilds`.
    describe('when ci_debug_trace is set to true', () => {
      additionalAccessCriteria('a-jobs-spec-needs-ci-debug-trace.yaml');
    });

    // Instance CI/CD variables (`server.instanceVariables`) and `projects[].publicBuilds`.
    describe('when ci_debug_services is set to true', () => {
      additionalAccessCriteria('a-jobs-spec-needs-ci-debug-services.yaml');
    });
  });
});
