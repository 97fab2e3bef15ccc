// Runs a raw-inputs schema with the defined defaults, turning its first issue into an error naming the input.
import * as v from 'valibot';
import { InvalidInputError } from '../gitlab/errors/invalid-input-error.js';
import { deepestIssue, issueKeys } from '../gitlab/issue-path.js';
import { REDACTED } from '../gitlab/redact.js';
import type { RawStepInputs } from './parse-step-inputs.js';
import { isStepCommand } from './step-command.js';
import { inputDefault, STEP_INPUTS } from './step-inputs.js';

/**
 * Validates `raw` (empty inputs replaced by their defaults) with `schema`; throws
 * InvalidInputError naming the input, with its value as typed (none when empty, `[REDACTED]`
 * for a secret, a URL without its credentials).
 */
export function validateRawInputs<S extends v.GenericSchema<Record<string, string>, unknown>>(
  schema: S,
  raw: RawStepInputs,
): v.InferOutput<S> {
  const withDefaults: Record<string, string> = {};
  const command = raw.command?.trim() ?? '';
  for (const input of STEP_INPUTS) {
    const given = raw[input.name]?.trim() ? (raw[input.name] as string) : '';
    // Some inputs default differently by command (output: job.log, or artifacts.zip).
    const fallback = isStepCommand(command) ? inputDefault(input, command) : input.default;
    withDefaults[input.name] = given || fallback;
  }
  const result = v.safeParse(schema, withDefaults);
  if (result.success) return result.output;
  const [first] = result.issues;
  // A union's issue carries the input's name; its innermost issue says what is wrong.
  const name = String(issueKeys(first)[0] ?? 'inputs');
  const issue = deepestIssue(first, 'last-member');
  throw new InvalidInputError(name, shownValue(name, withDefaults[name] ?? ''), reasonOf(issue));
}

// Every schema action carries a message for people; valibot's own ("Invalid type: Expected …
// but received …") would only mean one was forgotten, and is not shown.
function reasonOf(issue: v.BaseIssue<unknown>): string {
  return /^Invalid \w+: Expected /.test(issue.message) ? 'is not valid' : issue.message;
}

function shownValue(name: string, value: string): string {
  if (STEP_INPUTS.find((input) => input.name === name)?.secret) return REDACTED;
  if (value.trim() === '') return '';
  return JSON.stringify(name === 'gitlab-url' ? withoutCredentials(value.trim()) : value);
}

function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, `$1${REDACTED}@`);
}

/** Throws InvalidInputError when no token was given or found in the environment. */
export function requireToken(token: string): void {
  if (!token) {
    throw new InvalidInputError(
      'token',
      '',
      'a GitLab token is required: give token, or set GITLAB_TOKEN (or CI_JOB_TOKEN in a GitLab job)',
    );
  }
}
