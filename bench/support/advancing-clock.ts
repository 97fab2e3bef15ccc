// A virtual WaitClock for the poller: each sleep moves the emulator's clock instead of waiting.
import type { Emulator } from '../../src/emulator/create-emulator.js';
import type { WaitClock } from '../../src/gitlab/wait/wait-clock.js';

/** A clock reading the emulator's virtual time, whose `sleep(ms)` advances it by `ms` at once. */
export function advancingClock(emulator: Emulator): WaitClock {
  return {
    now: () => emulator.clock.now(),
    async sleep(ms, signal) {
      if (signal?.aborted) throw signal.reason;
      emulator.advance(ms);
    },
  };
}
