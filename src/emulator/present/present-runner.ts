// The runner that ran a job, as GitLab's API::Entities::Ci::Runner shows it inside the job.
import type { EmulatorState } from '../state/emulator-state.js';
import type { JobRecord } from '../state/records.js';
import { isoTime } from './iso-time.js';
import { runnerCreatedAt } from './runner-created-at.js';
import { runnerIsRunningAJob } from './runner-is-running-a-job.js';

/**
 * The `runner` JSON of a job that has run, in expose order. `ip_address` is always null (GitLab
 * blanks it until API v5); `created_by` is left out because it is shown only to a viewer who may
 * read the creator, and the jobs API passes none; `job_execution_status` is `active` while the
 * runner runs any job (canceling ones not counted). Follows lib/api/entities/ci/runner.rb
 * (gitlabhq/gitlabhq@41946e65) and RunnerJobExecutionStatusHelper (read_file id 52050027677).
 */
export function presentRunner(state: EmulatorState, job: JobRecord): Record<string, unknown> {
  const { runner } = job.spec;
  return {
    id: runner.id,
    description: runner.description,
    ip_address: null,
    active: true,
    paused: false,
    is_shared: true,
    runner_type: 'instance_type',
    name: runner.name,
    online: true,
    created_at: isoTime(runnerCreatedAt(state)),
    status: 'online',
    job_execution_status: runnerIsRunningAJob(state, runner.id) ? 'active' : 'idle',
  };
}
