// Says what went wrong in words for the face that ran the step: the input as the user typed it, and what to try.
import type { TokenType } from '../gitlab/client.js';
import { errorMessage } from '../gitlab/errors/error-message.js';
import {
  isGitLabHttpError,
  isInvalidInputError,
  isTimeoutError,
} from '../gitlab/errors/is-error.js';
import { isJobRelayError } from '../gitlab/errors/jobrelay-error.js';
import { certificateProblem } from './certificate-problem.js';
import { detectTokenType } from './detect-token-type.js';
import { STEP_INPUTS, type StepFace } from './step-inputs.js';

/** What the message may draw on besides the error. */
export interface StepErrorContext {
  /** The action names inputs (`job`); the CLI names options (`--job`). */
  face: Exclude<StepFace, 'component'>;
  /** How the token was sent, once the inputs were read (for the hint after a 401). */
  tokenType?: TokenType | undefined;
  /** The token, only to tell its kind by its form; never shown. */
  token?: string | undefined;
}

const HEADER: Record<TokenType, string> = {
  private: 'PRIVATE-TOKEN',
  job: 'JOB-TOKEN',
  oauth: 'Authorization: Bearer',
};

/** The message for `error`: an input named as the face spells it, a 401 with the token-type to try. */
export function describeStepError(error: unknown, context: StepErrorContext): string {
  const label = (name: string) => inputLabel(name, context.face);
  if (isInvalidInputError(error)) {
    return `Invalid ${label(error.field)}${error.value ? ` ${error.value}` : ''}: ${error.reason}`;
  }
  if (isGitLabHttpError(error) && error.status === 401 && context.tokenType) {
    return `${error.message}. ${tokenHint(context.tokenType, context.token ?? '', label('token-type'))}`;
  }
  if (isTimeoutError(error)) {
    return `${error.message}: no answer in time (limits: ${label('request-timeout')} for each request, ${label('timeout')} for the whole step)`;
  }
  const message = errorMessage(error);
  const certificate = certificateProblem(error, label('ca-file'));
  if (certificate) return `${message}: ${certificate}`;
  return isJobRelayError(error) ? message : `unexpected failure: ${message}`;
}

/** `--job` in the CLI (`--var` for variables), `job` in the action; other names unchanged. */
export function inputLabel(name: string, face: StepErrorContext['face']): string {
  const input = STEP_INPUTS.find((candidate) => candidate.name === name);
  if (face === 'action' || !input || name === 'command') return name;
  return `--${input.cliRepeatable ?? input.name}`;
}

function tokenHint(sentAs: TokenType, token: string, option: string): string {
  const sent = `The token was sent as ${option} ${sentAs} (${HEADER[sentAs]})`;
  const looksLikeJobToken = token !== '' && detectTokenType(token) === 'job';
  if (sentAs !== 'job' && looksLikeJobToken) {
    return `${sent}, but it is a CI job token: use ${option} job.`;
  }
  if (sentAs === 'private') {
    return `${sent}: if it is a CI job token, use ${option} job (an OAuth token: oauth); otherwise it may have expired or been revoked.`;
  }
  if (sentAs === 'job') {
    return `${sent}: if it is a personal, project or group access token, use ${option} private (an OAuth token: oauth); a job token also stops working when its job ends.`;
  }
  return `${sent}: if it is an access token, use ${option} private; a CI job token, ${option} job.`;
}
