// The error for a pipeline POST (create, trigger, cancel, retry) that may or may not have taken effect, and was not resent.
import { errorMessage } from '../errors/error-message.js';
import { OutcomeUnknownError } from '../errors/outcome-unknown-error.js';

/** What was sent, and what reading GitLab back found. */
export interface PipelineOutcomeUnknownDetails {
  /** The core function, e.g. `createPipeline`. */
  operation: string;
  method: string;
  /** The request path, as the uncertain error named it. */
  path: string;
  /** Why the outcome is unknown: the lost answer's error. */
  cause: unknown;
  /** What was acted on, e.g. `a pipeline on ref "main" of project group/app` or `pipeline 46`. */
  subject: string;
  /** What reading back found, e.g. `no new pipeline appeared …`. */
  finding: string;
  /** What to do now. */
  advice: string;
  /** The pipeline a cancel or retry acted on. */
  pipelineId?: number | undefined;
  /** The new pipelines that may be this call's, when reading back found any; never guessed between. */
  candidateIds?: readonly number[] | undefined;
}

/**
 * An `OutcomeUnknownError` (code `OUTCOME_UNKNOWN`) about a pipeline: the POST may have reached
 * GitLab, its answer was lost, it was NOT sent again, and reading back did not settle it. Its
 * `jobId` is 0 (no job was acted on); `pipelineId` and `candidateIds` say what is known.
 */
export class PipelineOutcomeUnknownError extends OutcomeUnknownError {
  readonly pipelineId: number | undefined;
  readonly candidateIds: number[];

  constructor(details: PipelineOutcomeUnknownDetails) {
    super(details.operation, details.method, details.path, 0, details.cause);
    this.message = `${details.operation} for ${details.subject} may or may not have reached GitLab (${errorMessage(details.cause)}); ${details.finding}. It was NOT sent again. ${details.advice}`;
    this.pipelineId = details.pipelineId;
    this.candidateIds = [...(details.candidateIds ?? [])];
  }
}
