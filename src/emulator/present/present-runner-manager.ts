// The runner manager that ran a job, as GitLab's API::Entities::Ci::RunnerManager shows it.
import type { EmulatorState } from '../state/emulator-state.js';
import type { JobRecord } from '../state/records.js';
import { isoTime } from './iso-time.js';
import { runnerCreatedAt } from './runner-created-at.js';
import { runnerIsRunningAJob } from './runner-is-running-a-job.js';

/**
 * The `runner_manager` JSON of a build that has run, in expose order (one manager per emulated
 * runner, with the runner's id). Follows lib/api/entities/ci/runner_manager.rb
 * (gitlabhq/gitlabhq@41946e65): `job_execution_status` as for the runner.
 */
export function presentRunnerManager(
  state: EmulatorState,
  job: JobRecord,
  now: number,
): Record<string, unknown> {
  const { runner } = job.spec;
  return {
    id: runner.id,
    system_id: `s_${String(runner.id).padStart(12, '0')}`,
    version: '17.11.0',
    revision: '0f67ff19',
    platform: 'linux',
    architecture: 'amd64',
    created_at: isoTime(runnerCreatedAt(state)),
    contacted_at: isoTime(Math.min(now, job.finishedAt ?? now)),
    ip_address: '127.0.0.1',
    status: 'online',
    job_execution_status: runnerIsRunningAJob(state, runner.id) ? 'active' : 'idle',
  };
}
