// What the dashboard's apps are built from.
import type { EmulatorRuntime } from '../emulator-runtime.js';
import type { RequestWho } from './request-who.js';

/** Options for {@link createUiApp}. */
export interface UiOptions {
  runtime: EmulatorRuntime;
  /** Reaches the emulator's own `/api/v4` (in process); job actions go through it. */
  apiFetch: typeof fetch;
  /** How often the live stream looks for changes, in wall-clock ms (default 250). */
  eventIntervalMs?: number;
}

/** The options with the shared fingerprint resolver. */
export interface UiDeps extends UiOptions {
  who: RequestWho;
}
