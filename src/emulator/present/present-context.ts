// What every presenter needs: the state, the time of the answer, and the emulator's own origin.
import type { EmulatorState } from '../state/emulator-state.js';

/** Context for turning records into GitLab JSON. */
export interface PresentContext {
  state: EmulatorState;
  /** The time the answer describes, in epoch ms. */
  now: number;
  /** The emulator's origin as the client reached it (e.g. `http://127.0.0.1:4010`), for web_url. */
  baseUrl: string;
}
