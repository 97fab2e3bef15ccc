// Polls one job with backoff until a condition holds or a deadline passes; the loop under every wait.
import * as v from 'valibot';
import type { GitLabClient } from '../client.js';
import { type Clock, systemClock } from '../clock.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { isGitLabHttpError } from '../errors/is-error.js';
import { getJob } from '../jobs/get-job.js';
import { IdParamSchema, ProjectRefParamSchema } from '../params/param-schemas.js';
import { parseParams } from '../params/parse-params.js';
import type { ProjectRef } from '../params/project-id.js';
import type { Job } from '../schemas/job.js';
import { isTransientError } from './is-transient-error.js';
import { DEFAULT_POLL_SCHEDULE, nextPollDelay, type PollSchedule } from './next-poll-delay.js';

/** Parameters of `pollJob`. */
export interface PollJobParams {
  project: ProjectRef;
  jobId: number;
  /** True when the wait is over for this job. */
  isDone: (job: Job) => boolean;
  /** Give up after this many milliseconds (from the call). `deadline` or `timeoutMs` is required. */
  timeoutMs?: number;
  /** Give up at this time, in the clock's epoch milliseconds. */
  deadline?: number;
  /** Backoff settings; default 2 s doubling to 12 s (DEFAULT_POLL_SCHEDULE). */
  schedule?: Partial<PollSchedule>;
  /** The job as last read, so the first poll can be skipped. */
  initialJob?: Job;
  /** Time source and timer; default the wall clock. */
  clock?: Clock;
  signal?: AbortSignal;
  /**
   * Called after each successful read (the initial job included), with the read before it.
   * Returning true reports activity (e.g. new log lines), so the next poll comes soon again.
   */
  onPoll?: (
    job: Job,
    previous: Job | undefined,
  ) => boolean | undefined | Promise<boolean | undefined>;
  /** Called when a read failed transiently and will be tried again after `delayMs`. */
  onPollError?: (error: unknown, delayMs: number) => void;
  /** Transient failures in a row tolerated before the last one is thrown; default 5. */
  maxConsecutiveErrors?: number;
}

/** How a poll ended: the last job read, and whether the condition held before the deadline. */
export interface PollJobResult {
  job: Job;
  /** False when the deadline passed first. */
  done: boolean;
  /** Milliseconds from the call to the end (by the clock). */
  elapsedMs: number;
  /** Reads that reached GitLab (the initial job not counted). */
  polls: number;
}

const TargetSchema = v.strictObject({ project: ProjectRefParamSchema, jobId: IdParamSchema });
const DEFAULT_MAX_CONSECUTIVE_ERRORS = 5;
// Room for the read made at the deadline itself to complete (with the core's own retries).
const FINAL_READ_GRACE_MS = 10_000;

/**
 * Reads the job until `isDone` holds, waiting between reads with backoff (reset by activity,
 * lengthened by `Retry-After`), tolerating transient failures, and stopping at the deadline
 * with `done: false` after one last read. Throws the first non-transient error.
 */
export async function pollJob(client: GitLabClient, params: PollJobParams): Promise<PollJobResult> {
  const target = parseParams(
    TargetSchema,
    { project: params.project, jobId: params.jobId },
    'pollJob',
  );
  const clock = params.clock ?? systemClock;
  const schedule = { ...DEFAULT_POLL_SCHEDULE, ...params.schedule };
  checkSchedule(schedule);
  const start = clock.now();
  const deadline = resolveDeadline(start, params);
  const maxErrors = params.maxConsecutiveErrors ?? DEFAULT_MAX_CONSECUTIVE_ERRORS;
  let polls = 0;
  let errors = 0;
  const readOnce = async (): Promise<{ fresh?: Job; error?: unknown }> => {
    polls++;
    try {
      const remaining = Math.max(0, deadline - clock.now());
      const fresh = await getJob(client, {
        ...target,
        signal: params.signal,
        deadline: Date.now() + remaining + FINAL_READ_GRACE_MS,
      });
      errors = 0;
      return { fresh };
    } catch (error) {
      if (params.signal?.aborted || !isTransientError(error)) throw error;
      errors++;
      if (errors > maxErrors) throw error;
      return { error };
    }
  };
  let job: Job | undefined;
  let delay: number | undefined;
  let last = params.initialJob ? { fresh: params.initialJob } : await readOnce();
  for (;;) {
    let activity = false;
    if (last.fresh) {
      const previous = job;
      const reported = await params.onPoll?.(last.fresh, previous);
      activity =
        reported === true || (previous !== undefined && previous.status !== last.fresh.status);
      job = last.fresh;
      if (params.isDone(job)) return { job, done: true, elapsedMs: clock.now() - start, polls };
    }
    const now = clock.now();
    if (now >= deadline) {
      if (job) return { job, done: false, elapsedMs: now - start, polls };
      throw last.error;
    }
    const retryAfterMs = isGitLabHttpError(last.error) ? last.error.retryAfterMs : undefined;
    delay = nextPollDelay(delay, schedule, { activity, retryAfterMs });
    const pause = Math.min(delay, deadline - now);
    if (last.error !== undefined) params.onPollError?.(last.error, pause);
    await clock.sleep(pause, params.signal);
    last = await readOnce();
  }
}

function resolveDeadline(start: number, params: PollJobParams): number {
  const candidates: number[] = [];
  if (params.deadline !== undefined) candidates.push(params.deadline);
  if (params.timeoutMs !== undefined) {
    if (!Number.isFinite(params.timeoutMs) || params.timeoutMs < 0) {
      throw new InvalidInputError(
        'timeoutMs',
        String(params.timeoutMs),
        'must be a number of milliseconds, 0 or more',
      );
    }
    candidates.push(start + params.timeoutMs);
  }
  if (candidates.length === 0) {
    throw new InvalidInputError(
      'timeoutMs',
      'undefined',
      'give timeoutMs or deadline: a wait must end',
    );
  }
  return Math.min(...candidates);
}

function checkSchedule(schedule: PollSchedule): void {
  for (const key of ['firstIntervalMs', 'maxIntervalMs'] as const) {
    const value = schedule[key];
    if (!Number.isFinite(value) || value <= 0) {
      throw new InvalidInputError(
        `schedule.${key}`,
        String(value),
        'must be a positive number of milliseconds',
      );
    }
  }
}
