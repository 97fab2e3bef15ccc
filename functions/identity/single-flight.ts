// Shares one in-flight task per key, so concurrent requests with the same token cost one call to GitLab.

/** Options of a SingleFlight. */
export interface SingleFlightOptions {
  /** How long a caller waits for a shared task before running its own (the first request may be cancelled). */
  maxWaitMs: number;
  now?: () => number;
}

const LATE = Symbol('late');

/** Runs at most one task per key at a time; callers arriving meanwhile share its result. */
export class SingleFlight<T> {
  readonly #running = new Map<string, { promise: Promise<T>; since: number }>();
  readonly #options: SingleFlightOptions;

  constructor(options: Partial<SingleFlightOptions> = {}) {
    this.#options = { maxWaitMs: 30_000, ...options };
  }

  /** The result of the task running for `key`, or of `task`, started now. */
  run(key: string, task: () => Promise<T>): Promise<T> {
    const now = this.#now();
    const running = this.#running.get(key);
    if (running && now - running.since < this.#options.maxWaitMs) {
      return this.#follow(running.promise, running.since + this.#options.maxWaitMs - now, task);
    }
    const promise = task();
    const entry = { promise, since: now };
    this.#running.set(key, entry);
    const forget = () => {
      if (this.#running.get(key) === entry) this.#running.delete(key);
    };
    promise.then(forget, forget);
    return promise;
  }

  // On Workers a task is bound to the request that started it: if that request is cancelled, the
  // task may never settle, so a follower waits a bounded time and then runs the task itself.
  async #follow(shared: Promise<T>, waitMs: number, task: () => Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<typeof LATE>((resolve) => {
      timer = setTimeout(() => resolve(LATE), waitMs);
    });
    try {
      const result = await Promise.race([shared, late]);
      return result === LATE ? await task() : result;
    } finally {
      clearTimeout(timer);
    }
  }

  #now(): number {
    return (this.#options.now ?? Date.now)();
  }
}
