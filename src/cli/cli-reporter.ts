// The step reporter of the CLI: progress on stderr (as GitLab sections inside a GitLab job), secrets redacted.
import { hasControlCharacter } from '../gitlab/has-control-character.js';
import { REDACTED } from '../gitlab/redact.js';
import { formatStatusChange } from '../steps/format-status-change.js';
import type { StepSummary } from '../steps/job-summary.js';
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
  /** `text` with every secret registered so far replaced by [REDACTED]. */
  mask(text: string): string;
}

/** Where the CLI reporter writes besides stderr. */
export interface CliReporterOptions {
  /** The followed remote log and its groups (stdout, so it can be piped); default stderr. */
  log?: TextSink;
  now?: () => number;
}

/**
 * Creates the CLI reporter: progress on stderr, the followed log on `options.log`. Inside a
 * GitLab job (`GITLAB_CI=true`) groups become GitLab sections, so the remote job's sections fold
 * in this job's log too; elsewhere a title line. A failure is said once: the summary that follows
 * an error line does not repeat it.
 */
export function createCliReporter(
  stderr: TextSink,
  env: Partial<Record<string, string>>,
  options: CliReporterOptions = {},
): CliReporter {
  const secrets: string[] = [];
  const inGitLab = env.GITLAB_CI === 'true';
  const outputs: Partial<Record<StepOutputName, string>> = {};
  const state = new Map<string, string>();
  const now = options.now ?? Date.now;
  let sections = 0;
  let openSection: string | undefined;
  let lastError: string | undefined;
  const sink = (target: TextSink) => {
    let atLineStart = true;
    const write = (text: string) => {
      if (!text) return;
      target.write(maskSecrets(text, secrets));
      atLineStart = text.endsWith('\n');
    };
    const line = (text: string) => {
      if (!atLineStart) write('\n');
      write(`${text}\n`);
    };
    return { write, line };
  };
  const progress = sink(stderr);
  const log = options.log ? sink(options.log) : progress;
  const line = progress.line;
  const unix = () => Math.floor(now() / 1000);
  return {
    outputs,
    state,
    mask: (text) => maskSecrets(text, secrets),
    info: (message) => line(message),
    warning: (message) => line(`warning: ${message}`),
    startGroup(title) {
      // The title may come from a remote log: no control characters may reach the terminal.
      const clean = Array.from(title, (char) => (hasControlCharacter(char) ? ' ' : char)).join('');
      if (inGitLab) {
        openSection = `jobrelay_${++sections}`;
        log.line(
          `\u001b[0Ksection_start:${unix()}:${openSection}[collapsed=true]\r\u001b[0K${clean}`,
        );
      } else log.line(`── ${clean}`);
    },
    endGroup() {
      if (inGitLab && openSection)
        log.line(`\u001b[0Ksection_end:${unix()}:${openSection}\r\u001b[0K`);
      openSection = undefined;
    },
    remoteLog: (text) => log.write(text),
    statusChange: (change) => line(formatStatusChange(change)),
    setOutput(name, value) {
      outputs[name] = value;
    },
    async summary(summary) {
      const lines = renderSummaryText(summary);
      // The error line just said it: the summary goes on with the facts only.
      const rest = summary.headline === lastError ? lines.slice(1) : lines;
      for (const text of rest) line(text);
    },
    annotation: (level, message) => {
      if (level === 'error') lastError = message;
      line(`${level}: ${message}`);
    },
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
export function renderSummaryText(summary: StepSummary): string[] {
  const { job, pipeline } = summary;
  const lines = [`${summary.command}: ${summary.headline}`];
  if (job) {
    lines.push(
      `  job:      #${job.id} ${job.name}`,
      `  status:   ${job.status}`,
      `  duration: ${job.durationSeconds === null ? '-' : formatDuration(job.durationSeconds * 1000)}`,
      `  link:     ${job.webUrl}`,
    );
    if (job.failureReason) lines.push(`  reason:   ${job.failureReason}`);
  }
  // The tree itself was written to the log as the wait ended; the summary gives the facts.
  if (pipeline) {
    lines.push(
      `  pipeline: #${pipeline.id}`,
      `  status:   ${pipeline.status}`,
      `  duration: ${pipeline.durationSeconds === null ? '-' : formatDuration(pipeline.durationSeconds * 1000)}`,
      `  link:     ${pipeline.webUrl}`,
    );
  }
  for (const [label, value] of summary.details) lines.push(`  ${label}: ${value}`);
  if (summary.logTail.length > 0) {
    lines.push(`  last ${summary.logTail.length} lines of the log:`);
    for (const tailLine of summary.logTail) lines.push(`    ${tailLine}`);
  }
  return lines;
}
