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
  /**
   * How long a proved caller stays known after its lifetime, to be renewed by a cheaper check
   * of its job (still running?) instead of proving the token again; 0 turns renewal off.
   */
  knownTtlMs: number;
  maxEntries: number;
  now?: () => number;
}

/** Default lifetimes: 30 s for a running job, 5 s for a refusal. */
export const DEFAULT_CALLER_CACHE: CallerCacheOptions = {
  positiveTtlMs: 30_000,
  negativeTtlMs: 5_000,
  knownTtlMs: 6 * 60 * 60 * 1000,
  maxEntries: 10_000,
};

/** A bounded map from token fingerprint to verdict, expiring entries by age. */
export class CallerCache {
  readonly #entries = new Map<
    string,
    { verdict: CachedVerdict; expires: number; knownUntil: number }
  >();
  readonly #options: CallerCacheOptions;

  constructor(options: Partial<CallerCacheOptions> = {}) {
    this.#options = { ...DEFAULT_CALLER_CACHE, ...options };
  }

  /** The live verdict for a fingerprint, if any. */
  get(fingerprint: string): CachedVerdict | undefined {
    const entry = this.#entries.get(fingerprint);
    if (!entry) return undefined;
    const now = this.#now();
    if (entry.expires <= now) {
      if (entry.knownUntil <= now) this.#entries.delete(fingerprint);
      return undefined;
    }
    return entry.verdict;
  }

  /**
   * The caller a fingerprint was proved to be, once its lifetime has passed but while it is still
   * known: the job to check before trusting the token again. Never a refusal.
   */
  knownCaller(fingerprint: string): CachedVerdict | undefined {
    const entry = this.#entries.get(fingerprint);
    if (!entry || !('caller' in entry.verdict)) return undefined;
    const now = this.#now();
    if (entry.knownUntil <= now) {
      this.#entries.delete(fingerprint);
      return undefined;
    }
    return entry.expires <= now ? entry.verdict : undefined;
  }

  /** Stores a verdict for the positive or negative lifetime. */
  set(fingerprint: string, verdict: CachedVerdict): void {
    const ttl = 'caller' in verdict ? this.#options.positiveTtlMs : this.#options.negativeTtlMs;
    if (ttl <= 0) return;
    // Set anew (deleted first) so the map's order stays the order of last proof.
    this.#entries.delete(fingerprint);
    if (this.#entries.size >= this.#options.maxEntries) {
      // Maps iterate in insertion order: drop the oldest entry.
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    const now = this.#now();
    const known = 'caller' in verdict ? this.#options.knownTtlMs : 0;
    this.#entries.set(fingerprint, { verdict, expires: now + ttl, knownUntil: now + ttl + known });
  }

  /** Forgets everything (tests). */
  clear(): void {
    this.#entries.clear();
  }

  #now(): number {
    return (this.#options.now ?? Date.now)();
  }
}
