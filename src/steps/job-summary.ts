// What a step reports at its end, independent of how a face shows it (Markdown summary, text).
import type { JobStatus } from '../gitlab/schemas/job-status.js';

/** The facts of a step's end, for the step summary. */
export interface JobSummary {
  /** The command that ran. */
  command: string;
  /** The step's verdict. */
  outcome: 'success' | 'failed' | 'timed-out';
  /** One sentence saying what happened. */
  headline: string;
  job: {
    id: number;
    name: string;
    status: JobStatus;
    webUrl: string;
    /** Seconds, as GitLab reports it; null when the job did not run. */
    durationSeconds: number | null;
    failureReason: string | undefined;
  };
  /** The last lines of the log, ANSI codes removed (empty when not asked for or not available). */
  logTail: string[];
  /** Extra facts, e.g. the file written and its SHA-256. */
  details: Array<[string, string]>;
}
