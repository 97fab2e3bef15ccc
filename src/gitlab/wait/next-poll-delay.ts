// How long to wait before the next status poll: a short first interval doubling up to a cap.

/** The polling schedule: where backoff starts and where it stops growing. */
export interface PollSchedule {
  /** The first delay, and the delay after any sign of activity. */
  firstIntervalMs: number;
  /** The longest delay between two polls (unless GitLab asks for longer). */
  maxIntervalMs: number;
}

/**
 * 2 s doubling to 12 s: a waiting job costs at most 30 requests a minute while things move and
 * 5 a minute when idle, far below GitLab.com's 2,000 authenticated requests a minute per user.
 * The 12 s cap notices a finished job as soon as 15 s polling would (half a cap late on average)
 * with far fewer requests on long jobs (bench/waiting.ts measures both).
 */
export const DEFAULT_POLL_SCHEDULE: PollSchedule = Object.freeze({
  firstIntervalMs: 2_000,
  maxIntervalMs: 12_000,
});

/**
 * The delay before the next poll: the first interval after activity (or at the start), else the
 * previous delay doubled up to the cap; never shorter than a `Retry-After` GitLab sent.
 */
export function nextPollDelay(
  previousMs: number | undefined,
  schedule: PollSchedule,
  options: { activity?: boolean; retryAfterMs?: number | undefined } = {},
): number {
  const first = Math.min(schedule.firstIntervalMs, schedule.maxIntervalMs);
  const backoff =
    previousMs === undefined || options.activity
      ? first
      : Math.min(schedule.maxIntervalMs, Math.max(first, previousMs * 2));
  return Math.max(backoff, options.retryAfterMs ?? 0);
}
