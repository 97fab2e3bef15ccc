// The log of API requests the emulator received, with token fingerprints but never tokens.
import type { AuthKind } from '../auth/identity.js';

/** One API request as the emulator saw it. */
export interface RequestLogEntry {
  seq: number;
  /** Emulator clock time of arrival (ISO 8601). */
  at: string;
  method: string;
  /** The URL path as sent (still percent-encoded). */
  path: string;
  /** Query parameters; token parameters show `[REDACTED]`. */
  query: Record<string, string | string[]>;
  /** The status GitLab answered with; null when the connection failed before any answer. */
  status: number | null;
  authKind: AuthKind;
  /** First 12 hex digits of the token's SHA-256; null without a token. */
  tokenFingerprint: string | null;
  /** True when a token travelled in the query string (which ends up in logs: a finding). */
  tokenInQuery: boolean;
  /** The injected fault that hit this request, if any. */
  fault: string | null;
  /** True when GitLab itself handled the request (so state may have changed). */
  applied: boolean;
}

/** A bounded in-memory request log (oldest entries dropped past the limit). */
export class RequestLog {
  readonly #entries: RequestLogEntry[] = [];
  readonly #limit: number;
  #seq = 0;

  constructor(limit = 10_000) {
    this.#limit = limit;
  }

  /** Starts an entry for a new request; the caller completes it once answered. */
  record(entry: Omit<RequestLogEntry, 'seq'>): RequestLogEntry {
    const full = { seq: ++this.#seq, ...entry };
    this.#entries.push(full);
    if (this.#entries.length > this.#limit) this.#entries.shift();
    return full;
  }

  /** The entries, oldest first, optionally only one method or a path containing a fragment. */
  list(filter: { method?: string; path?: string } = {}): RequestLogEntry[] {
    return this.#entries.filter(
      (entry) =>
        (!filter.method || entry.method === filter.method.toUpperCase()) &&
        (!filter.path || entry.path.includes(filter.path)),
    );
  }

  /** Forgets every entry. */
  clear(): void {
    this.#entries.length = 0;
  }
}
