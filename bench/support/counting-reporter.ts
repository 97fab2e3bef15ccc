// A StepReporter that only counts the remote log it is shown and keeps the warnings.
import type { StepReporter } from '../../src/steps/step-reporter.js';

/** A reporter that counts what a follower showed. */
export interface CountingReporter extends StepReporter {
  /** Characters of remote log shown. */
  readonly shown: number;
  readonly warnings: readonly string[];
}

/** Creates a reporter for benchmarks: silent, counting the remote log, keeping warnings. */
export function countingReporter(): CountingReporter {
  let shown = 0;
  const warnings: string[] = [];
  const ignore = () => undefined;
  return {
    get shown() {
      return shown;
    },
    warnings,
    info: ignore,
    warning: (message) => warnings.push(message),
    startGroup: ignore,
    endGroup: ignore,
    remoteLog(text) {
      shown += text.length;
    },
    statusChange: ignore,
    setOutput: ignore,
    summary: async () => undefined,
    annotation: ignore,
    setSecret: ignore,
    saveState: ignore,
  };
}
