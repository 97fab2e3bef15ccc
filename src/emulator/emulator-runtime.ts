// The live parts of an emulator that its HTTP apps share: clock, state, faults, limits, log.
import type { Credential } from './auth/extract-credential.js';
import type { EmulatorClock } from './clock/emulator-clock.js';
import type { FaultStore } from './faults/fault-store.js';
import type { RateLimiter } from './rate-limit/rate-limiter.js';
import type { RequestLog, RequestLogEntry } from './request-log/request-log.js';
import type { Scenario } from './scenario/scenario-schema.js';
import type { EmulatorState } from './state/emulator-state.js';

/** What the API and control apps work on. `state` is replaced when a scenario is loaded. */
export interface EmulatorRuntime {
  readonly clock: EmulatorClock;
  readonly state: EmulatorState;
  readonly faults: FaultStore;
  readonly rateLimiter: RateLimiter;
  readonly requestLog: RequestLog;
  /** When set, the control API requires it in the `X-Emulator-Control-Token` header. */
  readonly controlToken: string | undefined;
  /** Replaces the world with a validated scenario, relative to the current clock time. */
  loadScenario(scenario: Scenario): void;
  /** Plays the state forward to the clock's current time. */
  sync(): void;
}

/** Hono variables of the API app: the request's credential and its log entry. */
export interface ApiEnv {
  Variables: {
    credential: Credential;
    logEntry: RequestLogEntry;
    /** Who rate limits count against: a token fingerprint, or "anonymous". */
    caller: string;
    /** Emulator clock time at which the request arrived. */
    arrivedAt: number;
  };
}
