// wait-for-job: polls a job until it ends, optionally streaming its log, and judges the result.

import { errorMessage } from '../gitlab/errors/error-message.js';
import type { Job } from '../gitlab/schemas/job.js';
import { waitForJob } from '../gitlab/wait/wait-for-job.js';
import { classifyJobOutcome } from './classify-job-outcome.js';
import { followRemoteLog } from './follow-remote-log.js';
import { createLogTail } from './log-tail.js';
import { formatDuration } from './parse-duration.js';
import type { StepInputs } from './parse-step-inputs.js';
import { readLogTail } from './read-log-tail.js';
import { reportStatusChange } from './report-status-change.js';
import { reason, reportStepEnd } from './report-step-end.js';
import { resolveTargetJob } from './resolve-target-job.js';
import { type StepContext, stepDeadline, wallDeadline } from './step-context.js';
import type { JobStepResult } from './step-result.js';

/**
 * Runs wait-for-job: finds the job (unless given it), reports each status change with the
 * elapsed time, follows the log if asked, and ends with success, failed or timed-out.
 */
export async function runWaitForJob(
  context: StepContext,
  inputs: StepInputs,
  found?: Job,
  command = 'wait-for-job',
): Promise<JobStepResult> {
  const { client, reporter, clock, signal } = context;
  const deadline = stepDeadline(context, inputs.timeoutMs);
  const job =
    found ??
    (await resolveTargetJob(client, inputs, {
      signal,
      deadline: wallDeadline(context, inputs.timeoutMs),
    }));
  reporter.info(
    `Waiting for job ${job.id} ${JSON.stringify(job.name)} (${job.web_url}), at most ${formatDuration(Math.max(0, deadline - clock.now()))}`,
  );
  const tail = createLogTail(inputs.summaryLines);
  const follower = inputs.followLog
    ? followRemoteLog({ client, project: inputs.project, jobId: job.id, reporter, tail, signal })
    : undefined;
  const waited = await waitForJob(client, {
    project: inputs.project,
    jobId: job.id,
    initialJob: job,
    deadline,
    clock,
    signal,
    schedule: { firstIntervalMs: inputs.intervalMs, maxIntervalMs: inputs.maxIntervalMs },
    keepWaitingWhenBlocked: inputs.keepWaitingOnManual,
    onPoll: async (current, previous) => {
      // Only a started job has a log; reading it sooner would cost a request for nothing.
      // The log comes first, so a change to `success` follows the lines that led to it.
      const grew = follower && current.started_at !== null ? await follower.readNew() : false;
      reportStatusChange(context, current, previous);
      return grew;
    },
    onPollError: (error, delayMs) =>
      reporter.warning(
        `Reading job ${job.id} failed (${errorMessage(error)}); trying again in ${formatDuration(delayMs)}`,
      ),
  });
  let logTail: string[];
  if (follower) {
    await follower.finish();
    logTail = tail.lines();
  } else if (waited.job.started_at !== null) {
    logTail = await readLogTail(
      client,
      { project: inputs.project, jobId: job.id, count: inputs.summaryLines, signal },
      reporter,
    );
  } else {
    logTail = [];
  }
  const end = waited.job;
  const label = `Job ${end.id} ${JSON.stringify(end.name)}`;
  if (!waited.done) {
    return reportStepEnd(context, {
      command,
      job: end,
      outcome: 'timed-out',
      message: `Timed out after ${formatDuration(inputs.timeoutMs)}: ${label} is still ${end.status}`,
      logTail,
    });
  }
  const outcome = classifyJobOutcome(end.status, inputs.successStatuses);
  return reportStepEnd(context, {
    command,
    job: end,
    outcome,
    message: outcomeMessage(label, end, outcome, inputs),
    logTail,
  });
}

function outcomeMessage(
  label: string,
  job: Job,
  outcome: 'success' | 'failed',
  inputs: StepInputs,
): string {
  if (outcome === 'success') return `${label} ended ${job.status}`;
  if (job.status === 'manual' || job.status === 'scheduled') {
    return `${label} is ${job.status}: it waits for ${job.status === 'manual' ? 'someone to play it' : 'its scheduled time'} (add ${job.status} to success-statuses, or set keep-waiting-on-manual)`;
  }
  const counted = inputs.successStatuses.join(', ');
  return `${label} ended ${job.status}${reason(job)}, not one of: ${counted}`;
}
