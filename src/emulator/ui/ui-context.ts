// What every dashboard page is rendered with: the emulator, who acts, and where the page is.
import type { EmulatorRuntime } from '../emulator-runtime.js';
import type { RequestWho } from './request-who.js';

/** The inputs of a page render. */
export interface UiContext {
  runtime: EmulatorRuntime;
  /** The username the page's actions are taken as (never their token). */
  actAs: string;
  who: RequestWho;
  /** The page's path and query, for forms to return to. */
  here: string;
  /** A message from the last action, shown once. */
  notice: string | undefined;
}
