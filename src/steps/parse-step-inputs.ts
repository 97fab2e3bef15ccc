// Validates the step's raw string inputs (from any face) into one typed object, naming the input on error.
import type { TokenType } from '../gitlab/client.js';
import { InvalidInputError } from '../gitlab/errors/invalid-input-error.js';
import { REDACTED } from '../gitlab/redact.js';
import type { JobStatus } from '../gitlab/schemas/job-status.js';
import { detectTokenType } from './detect-token-type.js';
import { RawInputsSchema } from './raw-inputs-schema.js';
import type { StepCommand } from './step-command.js';
import { requireToken, validateRawInputs } from './validate-raw-inputs.js';

/** The step's inputs, validated and typed. */
export interface StepInputs {
  command: StepCommand;
  gitlabUrl: string;
  token: string;
  tokenType: TokenType;
  /** A PEM file of certificates to trust besides the system's. */
  caFile: string | undefined;
  project: string | number;
  job: number | undefined;
  pipeline: number | undefined;
  name: string | undefined;
  /** `variables` and `masked-variables` together; `masked` says whether the log hides the value. */
  variables: PlayVariable[];
  wait: boolean;
  timeoutMs: number;
  /** Limit on one request (until its answer, or between two pieces of a log). */
  requestTimeoutMs: number;
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

/** A variable to play the job with. */
export interface PlayVariable {
  key: string;
  value: string;
  /** Hidden in the log: from `masked-variables`, or 8 characters or more (GitLab's rule). */
  masked: boolean;
}

/** GitLab masks a variable's value only from this length on; jobrelay follows the same rule. */
export const MASK_MIN_LENGTH = 8;

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
    throw new InvalidInputError(missing, '', 'give job (an id), or pipeline and name');
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
    // `auto` was resolved from the environment before; here only the token's own form is known.
    tokenType: r['token-type'] === 'auto' ? detectTokenType(r.token) : r['token-type'],
    caFile: r['ca-file'],
    project: r.project,
    job: r.job,
    pipeline: r.pipeline,
    name: r.name,
    variables: playVariables(r.variables, r['masked-variables']),
    wait: r.wait,
    timeoutMs: r.timeout,
    requestTimeoutMs: r['request-timeout'],
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

function playVariables(
  plain: ReadonlyArray<{ key: string; value: string }>,
  masked: ReadonlyArray<{ key: string; value: string }>,
): PlayVariable[] {
  for (const variable of masked) {
    if (plain.some((other) => other.key === variable.key)) {
      throw new InvalidInputError(
        'masked-variables',
        REDACTED,
        `${variable.key} is also given in variables; give each variable once`,
      );
    }
  }
  return [
    ...plain.map((variable) => ({ ...variable, masked: variable.value.length >= MASK_MIN_LENGTH })),
    ...masked.map((variable) => ({ ...variable, masked: true })),
  ];
}
