// Parses the `inputs` input: NAME=VALUE entries (as variables are given), a JSON-looking value taken as JSON.
import { variableEntries } from './variable-entries.js';

/** A pipeline input's value as GitLab's `inputs` parameter takes it. */
export type PipelineInputValue = string | number | boolean | unknown[];

const NAME = /^[A-Za-z0-9_-]{1,255}$/;
// What may start a JSON value we read: true, false, a number, an array, a quoted string.
const JSON_LIKE = /^(?:true|false|-?\d|\[|")/;

/**
 * The inputs in `value` (blank lines and `#` comments skipped), or the reason they cannot be
 * read. A value that reads as JSON — `true`, `3`, `["a","b"]`, `"007"` — is that JSON value (so
 * a boolean, number or array input gets its type); any other is the text as given. Never says a
 * value in the reason: it may be a secret.
 */
export function parsePipelineInputs(value: string): Record<string, PipelineInputValue> | string {
  const entries = variableEntries(value);
  if (typeof entries === 'string') {
    return entries.replace('KEY=VALUE', 'NAME=VALUE').replace('"KEY=VALUE"', '"NAME=VALUE"');
  }
  const inputs: Record<string, PipelineInputValue> = {};
  for (const { text, where } of entries) {
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const equals = text.indexOf('=');
    if (equals < 0) return `${where} must be NAME=VALUE`;
    const name = text.slice(0, equals).trim();
    if (!NAME.test(name)) {
      return `${where}: an input name may hold only letters, digits, _ and - (at most 255)`;
    }
    if (Object.hasOwn(inputs, name)) return `${where}: ${name} is given twice`;
    const read = readValue(text.slice(equals + 1));
    if (read === undefined) {
      return `${where}: the value of ${name} starts like JSON but does not parse, or is a JSON object (give a string, number, boolean or array)`;
    }
    inputs[name] = read;
  }
  return inputs;
}

function readValue(raw: string): PipelineInputValue | undefined {
  const trimmed = raw.trim();
  if (!JSON_LIKE.test(trimmed)) return raw;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    // `-x` or `1.2.3` are text; a broken array or string is a mistake worth saying.
    return trimmed.startsWith('[') || trimmed.startsWith('"') ? undefined : raw;
  }
  if (typeof parsed === 'string' || typeof parsed === 'boolean' || Array.isArray(parsed)) {
    return parsed;
  }
  return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : undefined;
}
