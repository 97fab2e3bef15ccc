// The step reporter of the CLI: progress on stderr (as GitLab sections inside a GitLab job), secrets redacted.
import { hasControlCharacter } from '../gitlab/has-control-character.js';
import { REDACTED } from '../gitlab/redact.js';
import { formatStatusChange } from '../steps/format-status-change.js';
import type { JobSummary } from '../steps/job-summary.js';
import { formatDuration } from '../steps/parse-duration.js';
import type { StepOutputName } from '../steps/step-outputs.js';
import type { StepReporter } from '../steps/step-reporter.js';

/** A writable text sink (process.stderr, or a test's buffer). */
export interface TextSink {
  write(text: string): unknown;
}

/** The CLI's reporter, with what it collected: outputs and saved state. */
export interface CliReporter extends StepReporter {
  readonly outputs: Partial<Record<StepOutputName, string>>;
  readonly state: Map<string, string>;
}

/**
 * Creates the CLI reporter. Inside a GitLab job (`GITLAB_CI=true`) groups become GitLab
 * sections, so the remote job's sections fold in this job's log too; elsewhere a title line.
 */
export function createCliReporter(
  stderr: TextSink,
  env: Partial<Record<string, string>>,
  now: () => number = Date.now,
): CliReporter {
  const secrets: string[] = [];
  const inGitLab = env.GITLAB_CI === 'true';
  const outputs: Partial<Record<StepOutputName, string>> = {};
  const state = new Map<string, string>();
  let sections = 0;
  let openSection: string | undefined;
  let atLineStart = true;
  const write = (text: string) => {
    if (!text) return;
    stderr.write(maskSecrets(text, secrets));
    atLineStart = text.endsWith('\n');
  };
  const line = (text: string) => {
    if (!atLineStart) write('\n');
    write(`${text}\n`);
  };
  const unix = () => Math.floor(now() / 1000);
  return {
    outputs,
    state,
    info: (message) => line(message),
    warning: (message) => line(`warning: ${message}`),
    startGroup(title) {
      // The title may come from a remote log: no control characters may reach the terminal.
      const clean = Array.from(title, (char) => (hasControlCharacter(char) ? ' ' : char)).join('');
      if (inGitLab) {
        openSection = `jobrelay_${++sections}`;
        line(`\u001b[0Ksection_start:${unix()}:${openSection}[collapsed=true]\r\u001b[0K${clean}`);
      } else line(`── ${clean}`);
    },
    endGroup() {
      if (inGitLab && openSection) line(`\u001b[0Ksection_end:${unix()}:${openSection}\r\u001b[0K`);
      openSection = undefined;
    },
    remoteLog: (text) => write(text),
    statusChange: (change) => line(formatStatusChange(change)),
    setOutput(name, value) {
      outputs[name] = value;
    },
    async summary(summary) {
      for (const text of renderSummaryText(summary)) line(text);
    },
    annotation: (level, message) => line(`${level}: ${message}`),
    setSecret(value) {
      if (!value || secrets.includes(value)) return;
      secrets.push(value);
      // Longest first, so a secret that contains another is masked whole.
      secrets.sort((a, b) => b.length - a.length);
    },
    saveState(name, value) {
      state.set(name, value);
    },
  };
}

// Whatever its length: the step decides what is secret (every token; variables by GitLab's rule).
function maskSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REDACTED);
  return out;
}

/** The summary as plain lines for a terminal or a GitLab job log. */
export function renderSummaryText(summary: JobSummary): string[] {
  const { job } = summary;
  const lines = [
    `${summary.command}: ${summary.headline}`,
    `  job:      #${job.id} ${job.name}`,
    `  status:   ${job.status}`,
    `  duration: ${job.durationSeconds === null ? '-' : formatDuration(job.durationSeconds * 1000)}`,
    `  link:     ${job.webUrl}`,
  ];
  if (job.failureReason) lines.push(`  reason:   ${job.failureReason}`);
  for (const [label, value] of summary.details) lines.push(`  ${label}: ${value}`);
  if (summary.logTail.length > 0) {
    lines.push(`  last ${summary.logTail.length} lines of the log:`);
    for (const tailLine of summary.logTail) lines.push(`    ${tailLine}`);
  }
  return lines;
}
