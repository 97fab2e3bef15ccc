// Validates the step's raw string inputs (from any face) into one typed object, naming the input on error.
import type { TokenType } from '../gitlab/client.js';
import { InvalidInputError } from '../gitlab/errors/invalid-input-error.js';
import type { JobStatus } from '../gitlab/schemas/job-status.js';
import { RawInputsSchema } from './raw-inputs-schema.js';
import type { StepCommand } from './step-command.js';
import { requireToken, validateRawInputs } from './validate-raw-inputs.js';

/** The step's inputs, validated and typed. */
export interface StepInputs {
  command: StepCommand;
  gitlabUrl: string;
  token: string;
  tokenType: TokenType;
  project: string | number;
  job: number | undefined;
  pipeline: number | undefined;
  name: string | undefined;
  variables: Array<{ key: string; value: string }>;
  wait: boolean;
  timeoutMs: number;
  intervalMs: number;
  maxIntervalMs: number;
  followLog: boolean;
  output: string;
  successStatuses: JobStatus[];
  keepWaitingOnManual: boolean;
  stripAnsi: boolean;
  summaryLines: number;
  cancelOnAbort: boolean;
}

/** Raw inputs by name, as strings (an empty string means "not given"). */
export type RawStepInputs = Partial<Record<string, string>>;

/**
 * Validates raw inputs (defaults applied for empty ones) into `StepInputs`; throws
 * InvalidInputError naming the first bad input, with secrets shown as [REDACTED].
 */
export function parseStepInputs(raw: RawStepInputs): StepInputs {
  const r = validateRawInputs(RawInputsSchema, raw);
  requireToken(r.token);
  if (r.job === undefined && (r.pipeline === undefined || r.name === undefined)) {
    const missing = r.name === undefined ? 'name' : 'pipeline';
    throw new InvalidInputError(missing, '(empty)', 'give job (an id), or pipeline and name');
  }
  if (r.job !== undefined && r.name !== undefined) {
    throw new InvalidInputError(
      'name',
      JSON.stringify(r.name),
      'give either job or pipeline and name, not both',
    );
  }
  return {
    command: r.command,
    gitlabUrl: r['gitlab-url'],
    token: r.token,
    // `auto` was resolved from the environment before; what is left of it means a private token.
    tokenType: r['token-type'] === 'auto' ? 'private' : r['token-type'],
    project: r.project,
    job: r.job,
    pipeline: r.pipeline,
    name: r.name,
    variables: r.variables,
    wait: r.wait,
    timeoutMs: r.timeout,
    intervalMs: r.interval,
    maxIntervalMs: r['max-interval'],
    followLog: r['follow-log'],
    output: r.output,
    successStatuses: r['success-statuses'],
    keepWaitingOnManual: r['keep-waiting-on-manual'],
    stripAnsi: r['strip-ansi'],
    summaryLines: r['summary-lines'],
    cancelOnAbort: r['cancel-on-abort'],
  };
}
