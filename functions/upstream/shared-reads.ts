// In-isolate sharing of upstream reads: one GitLab request per URL in flight, its answer reused for about a second.

import { bodyLength } from '../../src/gitlab/body-length.js';
import { SharedBody } from './shared-body.js';
import { ownAnswer, sharedAnswer, type UpstreamAnswer } from './upstream-answer.js';

/** How long answers are reused and how much memory they may hold. */
export interface SharedReadsOptions {
  /** How long a finished answer is reused (default 1 s); 0 turns sharing off, in flight too. */
  ttlMs: number;
  /** A body longer than this is never kept: each caller gets its own request (default 32 MiB). */
  maxEntryBytes: number;
  /** All kept bodies together, in flight or finished (default 64 MiB). */
  maxTotalBytes: number;
  /**
   * How long a read still streaming is handed to new callers (default 30 s): a body GitLab
   * stopped sending must not hold every later read of its URL.
   */
  maxStreamingMs: number;
  now?: () => number;
}

/** The defaults: a second, 32 MiB a body, 64 MiB in all (a Worker isolate has 128 MB). */
export const DEFAULT_SHARED_READS: SharedReadsOptions = {
  ttlMs: 1_000,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  maxStreamingMs: 30_000,
};

/** How one read is made and kept. */
export interface SharedReadSpec {
  /** Sends the upstream request; resolves once its headers are in (throws GitLab's error). */
  open: () => Promise<Response>;
  /** Share a body whose length GitLab did not give (bounded JSON pages); default false. */
  shareUnknownLength?: boolean;
  /** Keeps the request that opened the read alive until its body is in (Workers' waitUntil). */
  keepAlive?: ((promise: Promise<unknown>) => void) | undefined;
  /** How long this answer is reused once finished; default the options' `ttlMs`. */
  ttlMs?: number | undefined;
}

type Opened = { shared: UpstreamAnswer; body: SharedBody } | { own: Response };

interface Entry {
  opened: Promise<Opened>;
  /** Epoch ms after which the entry is not reused; Infinity while its body streams. */
  expires: number;
  /** Epoch ms when the read was opened. */
  openedAt: number;
  body?: SharedBody;
  /** Bytes the body holds, or will once in (its Content-Length). */
  bytes: number;
}

/**
 * Shares reads by key (the upstream URL): a read arriving while the same one is in flight, or
 * within `ttlMs` of its end, is served from it. Only successful answers with a body of a bounded,
 * known size are kept; anything else goes to each caller alone. The policy is decided before a
 * read is asked for, so a shared answer reaches only callers the policy allowed.
 */
export class SharedReads {
  readonly #entries = new Map<string, Entry>();
  readonly #options: SharedReadsOptions;

  constructor(options: Partial<SharedReadsOptions> = {}) {
    this.#options = { ...DEFAULT_SHARED_READS, ...options };
  }

  /**
   * Forgets every answer kept or in flight, so the next reads ask GitLab afresh (after an action
   * changed a job: a read kept from before it would show the old state). Callers already waiting
   * on a read in flight still get it.
   */
  forgetAll(): void {
    this.#entries.clear();
  }

  /** Whether a read of `key` would be served without a new upstream request. */
  has(key: string): boolean {
    const entry = this.#entries.get(key);
    return entry !== undefined && this.#live(entry);
  }

  /** The answer for `key`: shared when one is in flight or fresh, else from a new request. */
  async read(key: string, spec: SharedReadSpec): Promise<UpstreamAnswer> {
    const ttlMs = spec.ttlMs ?? this.#options.ttlMs;
    if (ttlMs <= 0) return ownAnswer(await spec.open());
    const existing = this.#entries.get(key);
    if (existing && this.#live(existing)) {
      const opened = await existing.opened;
      if ('shared' in opened) return opened.shared;
      // Not shareable (too large, or unknown length): this caller asks on its own.
      return ownAnswer(await spec.open());
    }
    this.#sweep();
    const entry = { expires: Infinity, openedAt: this.#now(), bytes: 0 } as Entry;
    entry.opened = this.#open(key, entry, spec, ttlMs);
    this.#entries.set(key, entry);
    spec.keepAlive?.(entry.opened.catch(() => undefined));
    const opened = await entry.opened;
    return 'shared' in opened ? opened.shared : ownAnswer(opened.own);
  }

  async #open(key: string, entry: Entry, spec: SharedReadSpec, ttlMs: number): Promise<Opened> {
    const forget = () => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    };
    let response: Response;
    try {
      response = await spec.open();
    } catch (error) {
      // Callers already waiting share the failure; later ones ask again.
      forget();
      throw error;
    }
    const length = bodyLength(response.headers);
    const fits =
      response.ok &&
      response.body !== null &&
      (length === undefined
        ? spec.shareUnknownLength === true
        : length <= this.#options.maxEntryBytes &&
          this.#retainedBytes() + length <= this.#options.maxTotalBytes);
    if (!fits || !response.body) {
      forget();
      return { own: response };
    }
    const body = new SharedBody(response.body);
    entry.body = body;
    entry.bytes = length ?? 0;
    const settled = body.complete.then(() => {
      entry.bytes = body.size;
      entry.expires = this.#now() + ttlMs;
    }, forget);
    spec.keepAlive?.(settled);
    return { shared: sharedAnswer(response, body), body };
  }

  // Fresh, or still streaming and not for too long.
  #live(entry: Entry): boolean {
    const now = this.#now();
    if (entry.expires !== Infinity) return entry.expires > now;
    return now - entry.openedAt < this.#options.maxStreamingMs;
  }

  #retainedBytes(): number {
    let bytes = 0;
    for (const entry of this.#entries.values())
      bytes += Math.max(entry.bytes, entry.body?.size ?? 0);
    return bytes;
  }

  // Drops finished entries past their time (the map holds a handful of URLs at once).
  #sweep(): void {
    const now = this.#now();
    for (const [key, entry] of this.#entries) {
      const stalled =
        entry.expires === Infinity && now - entry.openedAt >= this.#options.maxStreamingMs;
      if (entry.expires <= now || stalled) this.#entries.delete(key);
    }
  }

  #now(): number {
    return (this.#options.now ?? Date.now)();
  }
}
