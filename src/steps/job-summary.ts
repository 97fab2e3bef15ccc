// What a step reports at its end, independent of how a face shows it (Markdown summary, text).
import type { JobStatus } from '../gitlab/schemas/job-status.js';

/** The facts of a step's end, for the step summary. */
export interface StepSummary {
  /** The command that ran. */
  command: string;
  /** The step's verdict. */
  outcome: 'success' | 'failed' | 'timed-out';
  /** One sentence saying what happened. */
  headline: string;
  /** The job the step acted on (none for the pipeline commands, nor for artifacts found by ref). */
  job?:
    | {
        id: number;
        name: string;
        status: JobStatus;
        webUrl: string;
        /** Seconds, as GitLab reports it; null when the job did not run. */
        durationSeconds: number | null;
        failureReason: string | undefined;
      }
    | undefined;
  /** The pipeline the step waited for, with its jobs and downstream pipelines (pipeline commands). */
  pipeline?: SummaryPipeline | undefined;
  /** The last lines of the log, ANSI codes removed (empty when not asked for or not available). */
  logTail: string[];
  /** Extra facts, e.g. the file written and its SHA-256. */
  details: Array<[string, string]>;
}

/** The summary of a command that acts on one job: the job is always there. */
export interface JobSummary extends StepSummary {
  job: NonNullable<StepSummary['job']>;
}

/** A pipeline in the summary: its own facts, then its jobs stage by stage. */
export interface SummaryPipeline {
  id: number;
  /** The project's id. */
  projectId: number;
  ref: string;
  status: string;
  webUrl: string;
  durationSeconds: number | null;
  /** In the order the stages run. */
  stages: Array<{ name: string; jobs: SummaryJob[] }>;
}

/** A job (or bridge) in the summary; a bridge carries the pipeline it started. */
export interface SummaryJob {
  id: number;
  name: string;
  status: JobStatus;
  webUrl: string;
  allowFailure: boolean;
  failureReason: string | undefined;
  /** Set for a bridge (trigger job). */
  bridge?:
    | {
        downstream: SummaryPipeline | undefined;
        /** What the reader should know: not followed, cannot be read, does not count. */
        note: string | undefined;
      }
    | undefined;
}
