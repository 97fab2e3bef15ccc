// The emulator's notion of time: what every state transition and timestamp is read from.

/** A source of the current time (epoch milliseconds) that can also wait. */
export interface Clock {
  /** The current time in epoch milliseconds. */
  now(): number;
  /** Resolves once the clock has reached `now() + ms`; rejects with the signal's reason on abort. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
