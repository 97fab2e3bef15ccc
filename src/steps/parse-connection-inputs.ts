// Validates the inputs the CLI's API commands need: where GitLab is, the token, the job or pipeline, the timeout.
import * as v from 'valibot';
import type { TokenType } from '../gitlab/client.js';
import { InvalidInputError } from '../gitlab/errors/invalid-input-error.js';
import { detectTokenType } from './detect-token-type.js';
import type { RawStepInputs } from './parse-step-inputs.js';
import { RawInputsSchema } from './raw-inputs-schema.js';
import { requireToken, validateRawInputs } from './validate-raw-inputs.js';

/** The inputs that say where GitLab is and who calls it, plus the job or pipeline. */
export interface ConnectionInputs {
  gitlabUrl: string;
  token: string;
  tokenType: TokenType;
  /** A PEM file of certificates to trust besides the system's. */
  caFile: string | undefined;
  project: string | number | undefined;
  job: number | undefined;
  pipeline: number | undefined;
  /** The whole command's time limit, retries included. */
  timeoutMs: number;
  /** Limit on one request (until its answer, or between two pieces of a log). */
  requestTimeoutMs: number;
}

const ConnectionSchema = v.object({
  ...v.pick(RawInputsSchema, [
    'gitlab-url',
    'token',
    'token-type',
    'ca-file',
    'job',
    'pipeline',
    'timeout',
    'request-timeout',
  ]).entries,
  project: v.union([
    v.pipe(
      v.string(),
      v.length(0),
      v.transform(() => undefined),
    ),
    RawInputsSchema.entries.project,
  ]),
});

/**
 * Validates only the connection inputs and the timeout (for the CLI's API commands); `require`
 * names the ones the command cannot do without.
 */
export function parseConnectionInputs(
  raw: RawStepInputs,
  require: ReadonlyArray<'project' | 'job' | 'pipeline'> = [],
): ConnectionInputs {
  const r = validateRawInputs(ConnectionSchema, raw);
  requireToken(r.token);
  const parsed: ConnectionInputs = {
    gitlabUrl: r['gitlab-url'],
    token: r.token,
    tokenType: r['token-type'] === 'auto' ? detectTokenType(r.token) : r['token-type'],
    caFile: r['ca-file'],
    project: r.project,
    job: r.job,
    pipeline: r.pipeline,
    timeoutMs: r.timeout,
    requestTimeoutMs: r['request-timeout'],
  };
  for (const name of require) {
    if (parsed[name] === undefined)
      throw new InvalidInputError(name, '', 'is required for this command');
  }
  return parsed;
}
