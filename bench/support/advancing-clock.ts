// A virtual Clock for the poller: each sleep moves the emulator's clock instead of waiting.
import type { Emulator } from '../../src/emulator/create-emulator.js';
import type { Clock } from '../../src/gitlab/clock.js';

/** A clock reading the emulator's virtual time, whose `sleep(ms)` advances it by `ms` at once. */
export function advancingClock(emulator: Emulator): Clock {
  return {
    now: () => emulator.clock.now(),
    async sleep(ms, signal) {
      if (signal?.aborted) throw signal.reason;
      emulator.advance(ms);
    },
  };
}
