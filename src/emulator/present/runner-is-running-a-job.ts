// Whether a runner is busy, for the `job_execution_status` of runners and runner managers.
import type { EmulatorState } from '../state/emulator-state.js';

/** True while a build of this runner is `running` (GitLab's `ids_with_running_builds`; `canceling` not counted). */
export function runnerIsRunningAJob(state: EmulatorState, runnerId: number): boolean {
  // A running build always has its finish scheduled, so the active set holds every one.
  for (const job of state.active)
    if (job.kind === 'build' && job.status === 'running' && job.spec.runner.id === runnerId)
      return true;
  return false;
}
