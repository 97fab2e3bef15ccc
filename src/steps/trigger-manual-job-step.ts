// trigger-manual-job: waits for the job to become playable, plays it once, optionally waits for it.
import * as v from 'valibot';
import { isGitLabHttpError } from '../gitlab/errors/is-error.js';
import { findJobRetry } from '../gitlab/jobs/find-job-retry.js';
import { getJob } from '../gitlab/jobs/get-job.js';
import { playJob } from '../gitlab/jobs/play-job.js';
import { type Job, JobSchema } from '../gitlab/schemas/job.js';
import { isBlockedStatus, isFinishedStatus } from '../gitlab/schemas/job-status.js';
import { pollJob } from '../gitlab/wait/poll-job.js';
import { classifyJobOutcome } from './classify-job-outcome.js';
import { jobActionLine } from './job-action-line.js';
import { formatDuration } from './parse-duration.js';
import type { StepInputs } from './parse-step-inputs.js';
import { reason, reportStepEnd } from './report-step-end.js';
import { resolveTargetJob } from './resolve-target-job.js';
import { encodeStartedJob, STARTED_JOB_STATE } from './started-job-state.js';
import { type StepContext, stepDeadline, wallDeadline } from './step-context.js';
import type { JobStepResult } from './step-result.js';
import { runWaitForJob } from './wait-for-job-step.js';

const COMMAND = 'trigger-manual-job';
const PLAY_MIN_MS = 30_000;

/**
 * Runs trigger-manual-job: a job still `created` (its needs unfinished) is awaited until it
 * becomes `manual`; a playable job is played once with the variables (masked from 8 characters,
 * or when given in masked-variables); a job already
 * played is reported, not played again. With `wait`, goes on as wait-for-job.
 */
export async function runTriggerManualJob(
  context: StepContext,
  inputs: StepInputs,
): Promise<JobStepResult> {
  const { client, reporter, clock, signal } = context;
  // GitLab's rule: a short value (true, 1, prod) is not masked, unless given in masked-variables.
  for (const variable of inputs.variables) if (variable.masked) reporter.setSecret(variable.value);
  let job = await resolveTargetJob(client, inputs, {
    signal,
    deadline: wallDeadline(context, inputs.timeoutMs),
  });
  const label = () => `Job ${job.id} ${JSON.stringify(job.name)}`;
  if (job.status === 'created') {
    reporter.info(
      `${label()} is created: its needs are unfinished; waiting until it can be played`,
    );
    const waited = await pollJob(client, {
      project: inputs.project,
      jobId: job.id,
      initialJob: job,
      isDone: (current) => current.status !== 'created',
      deadline: stepDeadline(context, inputs.timeoutMs),
      clock,
      signal,
      schedule: { firstIntervalMs: inputs.intervalMs, maxIntervalMs: inputs.maxIntervalMs },
    });
    job = waited.job;
    if (!waited.done) {
      return reportStepEnd(context, {
        command: COMMAND,
        job,
        outcome: 'timed-out',
        message: `Timed out after ${formatDuration(inputs.timeoutMs)}: ${label()} is still created, its needs unfinished`,
        logTail: [],
      });
    }
  }
  let played = false;
  if (isBlockedStatus(job.status)) {
    const keys = inputs.variables.map((variable) => variable.key);
    reporter.info(`Playing ${label()}${keys.length ? ` with ${keys.join(', ')}` : ''}`);
    const before = job.status;
    const outcome = await playOnce(context, inputs, job);
    job = outcome.job;
    played = outcome.played;
    if (played) {
      reporter.info(jobActionLine('Played', inputs.project, job, { before, after: job.status }));
      if (inputs.cancelOnAbort) {
        reporter.saveState(
          STARTED_JOB_STATE,
          encodeStartedJob({ project: inputs.project, jobId: job.id }),
        );
      }
    }
  }
  if (!played) {
    const by = job.user ? ` (started by ${job.user.username})` : '';
    reporter.annotation(
      'notice',
      `${label()} is already ${job.status}${by}; it was not played again`,
      'Job already played',
    );
    if (isFinishedStatus(job.status) && job.status !== 'success' && !inputs.wait) {
      const outcome = classifyJobOutcome(job.status, inputs.successStatuses);
      return reportStepEnd(context, {
        command: COMMAND,
        job,
        outcome,
        message:
          outcome === 'success'
            ? `${label()} had already ended ${job.status}`
            : `${label()} had already ended ${job.status}${reason(job)}; it was not played again`,
        logTail: [],
      });
    }
  }
  if (inputs.wait) {
    // A job this step just played cannot be manual again: a `manual` read right after the play is
    // a stale copy (a proxy's shared read, a replica), so it does not end the wait.
    const waitInputs = played ? { ...inputs, keepWaitingOnManual: true } : inputs;
    return runWaitForJob(context, waitInputs, job, COMMAND);
  }
  return reportStepEnd(context, {
    command: COMMAND,
    job,
    outcome: 'success',
    message: played
      ? `${label()} was played and is ${job.status}`
      : `${label()} was already ${job.status}; not played again`,
    logTail: [],
  });
}

async function playOnce(
  context: StepContext,
  inputs: StepInputs,
  job: Job,
): Promise<{ job: Job; played: boolean }> {
  const { client, signal } = context;
  try {
    const result = await playJob(client, {
      project: inputs.project,
      jobId: job.id,
      variables: inputs.variables.map(({ key, value }) => ({ key, value })),
      signal,
      // Even at the end of the timeout, the one play gets time to land and be read back.
      deadline: Math.max(wallDeadline(context, inputs.timeoutMs), Date.now() + PLAY_MIN_MS),
    });
    // Play answers with a job; a bridge has fewer fields, so read the job back if it is not whole.
    const played = v.is(JobSchema, result)
      ? result
      : await getJob(client, { project: inputs.project, jobId: job.id, signal });
    if (!isFinishedStatus(played.status)) return { job: played, played: true };
    // It finished between our read and our play: GitLab then retries it and answers with the
    // ORIGINAL, finished job. The run this step started is the retry; follow that one.
    const retry = await findJobRetry(client, { project: inputs.project, job: played, signal });
    if (!retry) {
      context.reporter.annotation(
        'warning',
        `Job ${job.id} had already ended ${played.status} when it was played; GitLab ran it again, but the new run was not found in its pipeline`,
        'New run not found',
      );
      return { job: played, played: true };
    }
    context.reporter.info(
      `Job ${job.id} had already ended ${played.status}; GitLab ran it again as job ${retry.id}`,
    );
    return { job: retry, played: true };
  } catch (error) {
    // Someone else played it between our read and our play: GitLab refuses the second play.
    if (isGitLabHttpError(error) && error.status === 400) {
      const now = await getJob(client, { project: inputs.project, jobId: job.id, signal });
      if (!isBlockedStatus(now.status) && now.status !== 'created')
        return { job: now, played: false };
    }
    throw error;
  }
}
