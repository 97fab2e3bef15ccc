// A virtual clock for wait tests: sleeping moves time forward at once and is recorded.
import type { Clock } from '../../../src/gitlab/clock.js';

/** A Clock whose `sleep` advances `now` instantly; `sleeps` lists every pause asked for. */
export interface FakeClock extends Clock {
  sleeps: number[];
  /** Moves time forward without a sleep (e.g. while a request "takes" time). */
  advance(ms: number): void;
}

/** Creates a fake clock starting at `start` epoch ms. */
export function fakeClock(start = Date.parse('2026-03-01T12:00:00Z')): FakeClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance(ms) {
      now += ms;
    },
    async sleep(ms, signal) {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      now += ms;
    },
  };
}
