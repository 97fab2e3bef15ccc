// Validates the step's raw string inputs (from any face) into one typed object, naming the input on error.
import type { TokenType } from '../gitlab/client.js';
import { InvalidInputError } from '../gitlab/errors/invalid-input-error.js';
import { REDACTED } from '../gitlab/redact.js';
import type { JobStatus } from '../gitlab/schemas/job-status.js';
import { detectTokenType } from './detect-token-type.js';
import type { PipelineInputValue } from './parse-pipeline-inputs.js';
import { RawInputsSchema } from './raw-inputs-schema.js';
import { readStringList } from './read-string-list.js';
import { isPipelineCommand, type StepCommand } from './step-command.js';
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
  /** A branch or tag (trigger-pipeline, wait-for-pipeline, fetch-artifacts). */
  ref: string | undefined;
  /** A full commit SHA, with `ref` (wait-for-pipeline). */
  sha: string | undefined;
  /** A pipeline trigger token or CI job token for the trigger API (trigger-pipeline). */
  triggerToken: string | undefined;
  /** `variables` and `masked-variables` together; `masked` says whether the log hides the value. */
  variables: PlayVariable[];
  /** CI/CD inputs for a new pipeline (trigger-pipeline). */
  pipelineInputs: Record<string, PipelineInputValue>;
  wait: boolean;
  timeoutMs: number;
  /** Limit on one request (until its answer, or between two pieces of a log). */
  requestTimeoutMs: number;
  intervalMs: number;
  maxIntervalMs: number;
  /** Follow a log: the job's, or (pipeline commands) those of `followJobs`. */
  followLog: boolean;
  /** Pipeline commands: the names of the jobs whose logs to follow, or `all`. */
  followJobs: readonly string[] | 'all';
  output: string;
  /** One file of the artifacts archive (fetch-artifacts). */
  artifactPath: string | undefined;
  /** The folder to unzip the archive into (fetch-artifacts). */
  extract: string | undefined;
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
  checkTarget(r);
  const follow = readFollowLog(r.command, r['follow-log']);
  // With artifact-path, the file keeps its own name unless output names another.
  const output =
    r.command === 'fetch-artifacts' && r['artifact-path'] && !raw.output?.trim()
      ? (r['artifact-path'].split('/').pop() as string)
      : r.output;
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
    ref: r.ref,
    sha: r.sha,
    triggerToken: r['trigger-token'],
    variables: playVariables(r.variables, r['masked-variables']),
    pipelineInputs: r.inputs,
    wait: r.wait,
    timeoutMs: r.timeout,
    requestTimeoutMs: r['request-timeout'],
    intervalMs: r.interval,
    maxIntervalMs: r['max-interval'],
    followLog: follow === true || (Array.isArray(follow) ? follow.length > 0 : follow === 'all'),
    followJobs: typeof follow === 'boolean' ? [] : follow,
    output,
    artifactPath: r['artifact-path'],
    extract: r.extract,
    successStatuses: r['success-statuses'],
    keepWaitingOnManual: r['keep-waiting-on-manual'],
    stripAnsi: r['strip-ansi'],
    summaryLines: r['summary-lines'],
    cancelOnAbort: r['cancel-on-abort'],
  };
}

type RawInputs = ReturnType<typeof validateRawInputs<typeof RawInputsSchema>>;

// Which job or pipeline the command acts on: each command has its own ways to name it.
function checkTarget(r: RawInputs): void {
  const both = (field: string, value: string | undefined, reason: string) => {
    throw new InvalidInputError(field, value === undefined ? '' : JSON.stringify(value), reason);
  };
  switch (r.command) {
    case 'trigger-pipeline':
      if (r.ref === undefined)
        both('ref', undefined, 'give the branch or tag to run the pipeline on');
      return;
    case 'wait-for-pipeline':
      if (r.pipeline === undefined && r.ref === undefined) {
        both('pipeline', undefined, 'give pipeline (an id), or ref (and optionally sha)');
      }
      if (r.pipeline !== undefined && r.ref !== undefined) {
        both('ref', r.ref, 'give either pipeline or ref, not both');
      }
      if (r.sha !== undefined && r.ref === undefined) both('sha', r.sha, 'give ref with sha');
      return;
    case 'fetch-artifacts': {
      const given = (['job', 'pipeline', 'ref'] as const).filter((key) => r[key] !== undefined);
      const reason = 'give job (an id), or pipeline and name, or ref and name';
      if (given.length === 0) both('job', undefined, reason);
      if (given.length > 1) {
        both(
          given[1] as string,
          undefined,
          `${reason}: only one of them (${given.join(' and ')} given)`,
        );
      }
      if (r.job !== undefined && r.name !== undefined) both('name', r.name, reason);
      if (r.job === undefined && r.name === undefined) both('name', undefined, reason);
      if (r['artifact-path'] !== undefined && r.extract !== undefined) {
        both(
          'extract',
          r.extract,
          'extracts a whole archive; with artifact-path a single file is fetched',
        );
      }
      return;
    }
    default:
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
  }
}

// A flag for the job commands; for the pipeline commands, job names (or true: every job).
function readFollowLog(command: StepCommand, value: string): boolean | string[] | 'all' {
  const flag = value.toLowerCase();
  if (!isPipelineCommand(command)) {
    if (flag === 'true' || flag === 'false') return flag === 'true';
    throw new InvalidInputError('follow-log', JSON.stringify(value), 'must be true or false');
  }
  if (flag === 'true') return 'all';
  if (flag === '' || flag === 'false') return [];
  const names = value.trimStart().startsWith('[') ? readStringList(value) : value.split(/[\r\n,]+/);
  if (!names) {
    throw new InvalidInputError(
      'follow-log',
      JSON.stringify(value),
      'must be job names (comma-separated, one per line, or a list), true or false',
    );
  }
  return [...new Set(names.map((name) => name.trim()).filter(Boolean))];
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
