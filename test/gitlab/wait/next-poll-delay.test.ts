// The polling schedule: a short first interval doubling to a cap, reset by activity, stretched by Retry-After.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLL_SCHEDULE, nextPollDelay } from '../../../src/gitlab/wait/next-poll-delay.js';

const schedule = { firstIntervalMs: 2_000, maxIntervalMs: 30_000 };

describe('nextPollDelay', () => {
  it('starts at the first interval', () => {
    expect(nextPollDelay(undefined, schedule)).toBe(2_000);
  });

  it('doubles the previous delay up to the cap', () => {
    const delays: number[] = [];
    let delay: number | undefined;
    for (let i = 0; i < 7; i++) {
      delay = nextPollDelay(delay, schedule);
      delays.push(delay);
    }
    expect(delays).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('goes back to the first interval after activity', () => {
    expect(nextPollDelay(30_000, schedule, { activity: true })).toBe(2_000);
  });

  it('waits at least as long as GitLab asked', () => {
    expect(nextPollDelay(2_000, schedule, { retryAfterMs: 90_000 })).toBe(90_000);
  });

  it('ignores a Retry-After shorter than the backoff', () => {
    expect(nextPollDelay(8_000, schedule, { retryAfterMs: 1_000 })).toBe(16_000);
  });

  it('never goes below the first interval when the cap is the smaller one', () => {
    expect(nextPollDelay(undefined, { firstIntervalMs: 5_000, maxIntervalMs: 1_000 })).toBe(1_000);
  });

  it('defaults to 2 s doubling to 30 s', () => {
    expect(DEFAULT_POLL_SCHEDULE).toEqual({ firstIntervalMs: 2_000, maxIntervalMs: 12_000 });
  });
});
