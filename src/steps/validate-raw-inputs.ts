// Runs a raw-inputs schema with the defined defaults, turning its first issue into an error naming the input.
import * as v from 'valibot';
import { InvalidInputError } from '../gitlab/errors/invalid-input-error.js';
import { REDACTED } from '../gitlab/redact.js';
import type { RawStepInputs } from './parse-step-inputs.js';
import { STEP_INPUTS } from './step-inputs.js';

/** Validates `raw` (empty inputs replaced by their defaults) with `schema`; throws InvalidInputError naming the input. */
export function validateRawInputs<S extends v.GenericSchema<Record<string, string>, unknown>>(
  schema: S,
  raw: RawStepInputs,
): v.InferOutput<S> {
  const withDefaults: Record<string, string> = {};
  for (const input of STEP_INPUTS) {
    const given = raw[input.name]?.trim() ? (raw[input.name] as string) : '';
    withDefaults[input.name] = given || input.default;
  }
  const result = v.safeParse(schema, withDefaults);
  if (result.success) return result.output;
  const issue = deepestIssue(result.issues[0]);
  const name = String(issue.path?.[0]?.key ?? 'inputs');
  const secret = STEP_INPUTS.find((input) => input.name === name)?.secret;
  const shown = secret ? REDACTED : JSON.stringify(withDefaults[name] ?? '');
  throw new InvalidInputError(name, shown, issue.message);
}

// A union's issue holds its members' issues; the last member's names the problem best.
function deepestIssue(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown> {
  const inner = issue.issues?.[issue.issues.length - 1];
  return issue.type === 'union' && inner ? deepestIssue(inner) : issue;
}

/** Throws InvalidInputError when no token was given or found in the environment. */
export function requireToken(token: string): void {
  if (!token) {
    throw new InvalidInputError(
      'token',
      '(empty)',
      'a GitLab token is required: give token, or set GITLAB_TOKEN (or CI_JOB_TOKEN in a GitLab job)',
    );
  }
}
