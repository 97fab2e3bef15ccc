// The time source and timer a wait uses, injectable so tests never sleep on the wall clock.
import { sleep } from '../sleep.js';

/** Tells the time and sleeps; `systemClock` is the real one. */
export interface WaitClock {
  /** Epoch milliseconds. */
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason when it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The wall clock and real timers. */
export const systemClock: WaitClock = Object.freeze({
  now: () => Date.now(),
  sleep: (ms: number, signal?: AbortSignal) => sleep(ms, signal),
});
