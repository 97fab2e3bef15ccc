// What a step runs with besides its inputs: the client, the face's reporter, a clock and a signal.
import type { GitLabClient } from '../gitlab/client.js';
import type { Clock } from '../gitlab/clock.js';
import type { StepReporter } from './step-reporter.js';

/** The environment a step runs in. */
export interface StepContext {
  client: GitLabClient;
  reporter: StepReporter;
  /** Time source and timer (virtual in tests). */
  clock: Clock;
  /** Aborts the step (the run was cancelled, the process got SIGINT/SIGTERM). */
  signal?: AbortSignal | undefined;
  /** When the step started, by `clock`: the timeout counts from here. */
  startedAt: number;
}

/** The step's deadline by its clock: start plus the timeout. */
export function stepDeadline(context: StepContext, timeoutMs: number): number {
  return context.startedAt + timeoutMs;
}

/** Milliseconds of the timeout left, by the step's clock. */
export function remainingMs(context: StepContext, timeoutMs: number): number {
  return Math.max(0, stepDeadline(context, timeoutMs) - context.clock.now());
}

/** The step's deadline on the wall clock (what the core's `deadline` options expect). */
export function wallDeadline(context: StepContext, timeoutMs: number): number {
  return Date.now() + remainingMs(context, timeoutMs);
}
