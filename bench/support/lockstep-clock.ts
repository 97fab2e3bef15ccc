// A virtual clock shared by many pollers: time moves only when every one of them is asleep, as real time would.
import type { Emulator } from '../../src/emulator/create-emulator.js';
import type { Clock } from '../../src/gitlab/clock.js';

/** A clock for `count` pollers, and how a poller says it is done (it no longer holds time back). */
export interface LockstepClock extends Clock {
  /** Called once by each poller when it stops sleeping for good. */
  leave(): void;
}

/**
 * The emulator's virtual time for `count` pollers: a `sleep(ms)` waits until every poller still
 * running is asleep, then the clock moves to the earliest wake-up and wakes whoever is due. So
 * pollers keep the same relative timing they would have in real time, and those polling at the
 * same instant arrive together (as followers of one job started together do).
 */
export function lockstepClock(emulator: Emulator, count: number): LockstepClock {
  let active = count;
  const sleepers: { wakeAt: number; wake: () => void }[] = [];
  const step = () => {
    if (active === 0 || sleepers.length < active) return;
    const next = Math.min(...sleepers.map((sleeper) => sleeper.wakeAt));
    const ahead = next - emulator.clock.now();
    if (ahead > 0) emulator.advance(ahead);
    for (let index = sleepers.length - 1; index >= 0; index--) {
      const sleeper = sleepers[index] as (typeof sleepers)[number];
      if (sleeper.wakeAt > next) continue;
      sleepers.splice(index, 1);
      sleeper.wake();
    }
  };
  return {
    now: () => emulator.clock.now(),
    sleep(ms, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<void>((resolve) => {
        sleepers.push({ wakeAt: emulator.clock.now() + Math.max(0, ms), wake: resolve });
        step();
      });
    },
    leave() {
      active--;
      step();
    },
  };
}
