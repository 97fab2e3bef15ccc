// Tells the reporter when a polled job's status moved, with the time elapsed since the step began.
import type { Job } from '../gitlab/schemas/job.js';
import type { StepContext } from './step-context.js';

/** Reports `previous → current` if the status changed (or on the first poll). */
export function reportStatusChange(
  context: StepContext,
  current: Job,
  previous: Job | undefined,
): void {
  if (previous?.status === current.status) return;
  context.reporter.statusChange({
    job: current,
    from: previous?.status,
    to: current.status,
    elapsedMs: context.clock.now() - context.startedAt,
  });
}
