// Turns the runner's cancellation signals (SIGINT, then SIGTERM) into an AbortSignal for the step.

/** An AbortSignal that aborts when the process is told to stop, and a way to stop listening. */
export interface Cancellation {
  signal: AbortSignal;
  dispose(): void;
}

/** Aborts on SIGINT or SIGTERM: what the runner sends a step when the run is cancelled. */
export function watchCancellation(): Cancellation {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    controller.abort(new Error(`Stopped by ${name}: the run was cancelled`));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
