// Test support: a StepReporter that records everything a step reports, in order.
import type { StepSummary } from '../../../src/steps/job-summary.js';
import type { StepOutputName } from '../../../src/steps/step-outputs.js';
import type { StatusChange, StepReporter } from '../../../src/steps/step-reporter.js';

/** One thing the step reported. */
export type Reported =
  | { kind: 'info' | 'warning' | 'remote-log' | 'start-group' | 'secret'; text: string }
  | { kind: 'end-group' }
  | { kind: 'status'; change: StatusChange }
  | { kind: 'annotation'; level: string; message: string; title?: string | undefined };

/** A reporter that keeps a log of calls, the outputs, the summary and the saved state. */
export interface RecordingReporter extends StepReporter {
  log: Reported[];
  outputs: Partial<Record<StepOutputName, string>>;
  summaries: StepSummary[];
  state: Map<string, string>;
  /** The remote log text as shown, with `[group: …]`/`[end]` marks where groups opened and closed. */
  shownLog(): string;
}

/** Creates a recording reporter. */
export function recordingReporter(): RecordingReporter {
  const log: Reported[] = [];
  const outputs: Partial<Record<StepOutputName, string>> = {};
  const summaries: StepSummary[] = [];
  const state = new Map<string, string>();
  return {
    log,
    outputs,
    summaries,
    state,
    info: (text) => log.push({ kind: 'info', text }),
    warning: (text) => log.push({ kind: 'warning', text }),
    startGroup: (text) => log.push({ kind: 'start-group', text }),
    endGroup: () => log.push({ kind: 'end-group' }),
    remoteLog: (text) => log.push({ kind: 'remote-log', text }),
    statusChange: (change) => log.push({ kind: 'status', change }),
    setOutput(name, value) {
      outputs[name] = value;
    },
    async summary(summary) {
      summaries.push(summary);
    },
    annotation: (level, message, title) => log.push({ kind: 'annotation', level, message, title }),
    setSecret: (text) => log.push({ kind: 'secret', text }),
    saveState(name, value) {
      state.set(name, value);
    },
    shownLog() {
      return log
        .map((entry) =>
          entry.kind === 'remote-log'
            ? entry.text
            : entry.kind === 'start-group'
              ? `[group: ${entry.text}]\n`
              : entry.kind === 'end-group'
                ? '[end]\n'
                : '',
        )
        .join('');
    },
  };
}
