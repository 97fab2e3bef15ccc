// An in-memory cache of verified callers, keyed by token fingerprint, with short lifetimes.
import type { Caller } from './caller.js';

/** A cached answer: the caller, or the refusal to repeat. */
export type CachedVerdict = { caller: Caller } | { refusal: string; status: 401 };

/** How long verdicts live: GitLab is asked again after this. */
export interface CallerCacheOptions {
  /** A running job's identity (at most 30 s, so a finished job's token dies quickly). */
  positiveTtlMs: number;
  /** A refused token. */
  negativeTtlMs: number;
  maxEntries: number;
  now?: () => number;
}

/** Default lifetimes: 30 s for a running job, 5 s for a refusal. */
export const DEFAULT_CALLER_CACHE: CallerCacheOptions = {
  positiveTtlMs: 30_000,
  negativeTtlMs: 5_000,
  maxEntries: 10_000,
};

/** A bounded map from token fingerprint to verdict, expiring entries by age. */
export class CallerCache {
  readonly #entries = new Map<string, { verdict: CachedVerdict; expires: number }>();
  readonly #options: CallerCacheOptions;

  constructor(options: Partial<CallerCacheOptions> = {}) {
    this.#options = { ...DEFAULT_CALLER_CACHE, ...options };
  }

  /** The live verdict for a fingerprint, if any. */
  get(fingerprint: string): CachedVerdict | undefined {
    const entry = this.#entries.get(fingerprint);
    if (!entry) return undefined;
    if (entry.expires <= this.#now()) {
      this.#entries.delete(fingerprint);
      return undefined;
    }
    return entry.verdict;
  }

  /** Stores a verdict for the positive or negative lifetime. */
  set(fingerprint: string, verdict: CachedVerdict): void {
    const ttl = 'caller' in verdict ? this.#options.positiveTtlMs : this.#options.negativeTtlMs;
    if (ttl <= 0) return;
    if (this.#entries.size >= this.#options.maxEntries) {
      // Maps iterate in insertion order: drop the oldest entry.
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(fingerprint, { verdict, expires: this.#now() + ttl });
  }

  /** Forgets everything (tests). */
  clear(): void {
    this.#entries.clear();
  }

  #now(): number {
    return (this.#options.now ?? Date.now)();
  }
}
