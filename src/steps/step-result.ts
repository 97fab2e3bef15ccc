// A step's verdict and the exit codes every face uses for it.
import { isJobRelayError } from '../gitlab/errors/jobrelay-error.js';
import type { Job } from '../gitlab/schemas/job.js';
import type { PipelineDetail } from '../gitlab/schemas/pipeline-detail.js';
import type { StepOutputName } from './step-outputs.js';

/** The exit codes of the CLI (the action fails its step for any but 0). */
export const EXIT_CODES = Object.freeze({
  /** The step did what it was asked. */
  success: 0,
  /** The job (pipeline) ended in a status that does not count as success. */
  jobFailed: 1,
  /** Bad usage: a missing or invalid input or option. */
  usage: 2,
  /** The timeout passed before the job got where it was awaited. */
  timedOut: 3,
  /** GitLab answered with an error, or the network failed. */
  apiError: 4,
});

/** What a step ended with. */
export interface StepResult {
  outcome: 'success' | 'failed' | 'timed-out';
  /** Why, in one sentence (the failure message when it failed). */
  message: string;
  /** The job the step acted on; none for the pipeline commands, nor for artifacts found by ref. */
  job?: Job | undefined;
  /** The pipeline the step created or waited for (the pipeline commands). */
  pipeline?: PipelineDetail | undefined;
  outputs: Partial<Record<StepOutputName, string>>;
}

/** The result of a command that acts on one job (wait-for-job, trigger-manual-job, fetch-trace-artifact). */
export type JobStepResult = StepResult & { job: Job };

/** The result of a pipeline command (trigger-pipeline, wait-for-pipeline). */
export type PipelineStepResult = StepResult & { pipeline: PipelineDetail };

/** The exit code for a step's result. */
export function exitCodeForResult(result: StepResult): number {
  if (result.outcome === 'success') return EXIT_CODES.success;
  return result.outcome === 'timed-out' ? EXIT_CODES.timedOut : EXIT_CODES.jobFailed;
}

/**
 * The exit code for an error thrown by a step: 2 for bad input, 3 when GitLab did not answer in
 * time (request-timeout, or the step's timeout), 4 for an error answer or a network failure.
 */
export function exitCodeForError(error: unknown): number {
  if (isJobRelayError(error) && error.code === 'INVALID_INPUT') return EXIT_CODES.usage;
  if (isJobRelayError(error) && error.code === 'TIMEOUT') return EXIT_CODES.timedOut;
  return EXIT_CODES.apiError;
}
