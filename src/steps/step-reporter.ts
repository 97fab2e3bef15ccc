// How the step logic talks to its face: the action and the CLI each implement this, so logic never calls @actions/core.
import type { Job } from '../gitlab/schemas/job.js';
import type { JobStatus } from '../gitlab/schemas/job-status.js';
import type { StepSummary } from './job-summary.js';
import type { StepOutputName } from './step-outputs.js';

/** A job's status changed (or was first seen), `elapsedMs` after the step started waiting. */
export interface StatusChange {
  job: Job;
  from: JobStatus | undefined;
  to: JobStatus;
  elapsedMs: number;
}

/** The face of the step: log, groups, outputs, summary, annotations, masking, saved state. */
export interface StepReporter {
  /** A line of the step's own progress. */
  info(message: string): void;
  /** A line that deserves attention but is not an error. */
  warning(message: string): void;
  /** Opens a collapsible group; `title` may come from a remote log, so it is data, never a command. */
  startGroup(title: string): void;
  /** Closes the open group. */
  endGroup(): void;
  /** Text from the remote job's log: untrusted, shown as is (ANSI kept), never run as commands. */
  remoteLog(text: string): void;
  /** The job's status changed. */
  statusChange(change: StatusChange): void;
  /** Sets one output of the step. */
  setOutput(name: StepOutputName, value: string): void;
  /** Writes the step summary. */
  summary(summary: StepSummary): Promise<void>;
  /** An annotation (GitHub) or a highlighted line (CLI). */
  annotation(level: 'error' | 'warning' | 'notice', message: string, title?: string): void;
  /** Masks a secret from every later log line. */
  setSecret(value: string): void;
  /** Keeps a value for the post step (the action) or the abort handler (the CLI). */
  saveState(name: string, value: string): void;
}
