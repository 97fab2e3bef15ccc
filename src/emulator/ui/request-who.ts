// Tells who made a logged request from its token fingerprint: a user, a job, or a fingerprint.
import { requestTokenFingerprint } from '../auth/request-token-fingerprint.js';
import type { EmulatorRuntime } from '../emulator-runtime.js';
import type { RequestLogEntry } from '../request-log/request-log.js';
import type { EmulatorState } from '../state/emulator-state.js';

/** Who a request came from, as the request log table shows it (never a token). */
export interface RequestCaller {
  /** `maintainer`, `job #103 build`, or null when the fingerprint matches nobody known. */
  name: string | null;
  kind: RequestLogEntry['authKind'];
  fingerprint: string | null;
}

/**
 * Maps token fingerprints to users (their personal and OAuth tokens) and to jobs (their job
 * tokens, remembered from when they were live, since a job token dies with its job's run).
 */
export class RequestWho {
  #state: EmulatorState | undefined;
  readonly #names = new Map<string, string>();
  readonly #seenJobs = new Set<number>();

  /** Learns the current users' fingerprints and those of the live job tokens not yet seen. */
  async refresh(runtime: EmulatorRuntime): Promise<void> {
    const { state } = runtime;
    if (state !== this.#state) {
      this.#state = state;
      this.#names.clear();
      this.#seenJobs.clear();
      for (const user of state.users.values()) {
        this.#names.set(await requestTokenFingerprint(user.personalToken), user.username);
        if (user.oauthToken)
          this.#names.set(await requestTokenFingerprint(user.oauthToken), user.username);
      }
    }
    for (const { token, job } of state.liveJobTokens()) {
      if (this.#seenJobs.has(job.id)) continue;
      this.#seenJobs.add(job.id);
      this.#names.set(await requestTokenFingerprint(token), `job #${job.id} ${job.spec.name}`);
    }
  }

  /** Who sent the logged request, as far as is known. */
  callerOf(entry: RequestLogEntry): RequestCaller {
    const name = entry.tokenFingerprint ? (this.#names.get(entry.tokenFingerprint) ?? null) : null;
    return { name, kind: entry.authKind, fingerprint: entry.tokenFingerprint };
  }
}
