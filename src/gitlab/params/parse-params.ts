// Runs a params schema and turns its first issue into an InvalidInputError naming field and value.
import * as v from 'valibot';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { deepestIssue, issuePath } from '../issue-path.js';
import { REDACTED } from '../redact.js';

// Fields whose values are secrets: shown as [REDACTED] in errors.
const SECRET_FIELD = /(^|\.)(value|token)$|^variables\.[^.[\]]+$/;

/** Validates `params` against `schema`; throws InvalidInputError before any request is sent. */
export function parseParams<S extends v.GenericSchema>(
  schema: S,
  params: unknown,
  operation: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, params ?? {});
  if (result.success) return result.output;
  const issue = deepestIssue(result.issues[0]);
  const field = issuePath(issue) || 'params';
  const value = SECRET_FIELD.test(field) ? REDACTED : describe(issue.input);
  throw new InvalidInputError(field, value, `${issue.message} (in ${operation})`);
}

function describe(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  }
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
