// The step reporter of the GitHub Action: @actions/core for logs, groups, outputs, summary, masks and state.
import * as core from '@actions/core';
import { formatStatusChange } from '../steps/format-status-change.js';
import { renderSummaryMarkdown } from '../steps/render-summary-markdown.js';
import type { StepReporter } from '../steps/step-reporter.js';
import { createUntrustedLogWriter } from './untrusted-log-writer.js';

/** A reporter that speaks the GitHub Actions runner's language. */
export function createActionsReporter(
  write: (text: string) => void = (text) => process.stdout.write(text),
): StepReporter {
  const remote = createUntrustedLogWriter(write);
  const masked = new Set<string>();
  // Every command of ours must come after the remote text's stop-commands block is closed.
  const own = <A extends unknown[]>(action: (...args: A) => void) => {
    return (...args: A) => {
      remote.resume();
      action(...args);
    };
  };
  return {
    info: own((message: string) => core.info(message)),
    warning: own((message: string) => core.warning(message)),
    startGroup: own((title: string) => core.startGroup(title)),
    endGroup: own(() => core.endGroup()),
    remoteLog: (text) => remote.text(text),
    statusChange: own((change) => core.info(formatStatusChange(change))),
    setOutput: own((name, value) => core.setOutput(name, value)),
    async summary(summary) {
      remote.resume();
      // Outside a runner (a local run) there is no summary file to write.
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(renderSummaryMarkdown(summary), true).write();
    },
    annotation: own((level, message, title) => {
      const properties = title ? { title } : {};
      if (level === 'error') core.error(message, properties);
      else if (level === 'warning') core.warning(message, properties);
      else core.notice(message, properties);
    }),
    setSecret: own((value: string) => {
      if (!value || masked.has(value)) return;
      masked.add(value);
      core.setSecret(value);
    }),
    saveState: own((name: string, value: string) => core.saveState(name, value)),
  };
}
