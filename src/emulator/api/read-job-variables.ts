// Reads and checks `job_variables_attributes` as Grape and GitLab's Ci::JobVariable model do.
import { apiError, invalidParams } from '../http/api-error.js';
import { isHash } from '../http/parse-nested-params.js';
import type { RequestParams } from '../http/read-request-params.js';
import type { JobVariable } from '../state/records.js';

const KEY_PATTERN = /^[a-zA-Z0-9_]+$/;
const MAX_KEY_LENGTH = 255;

/**
 * The play variables, from a JSON array, or from form/query `job_variables_attributes[][key]=…`
 * (or indexed `[0][key]`); undefined when absent. Missing keys or values get Grape's 400
 * `{"error":"job_variables_attributes[0][key] is missing"}`, all problems joined by ", ".
 */
export function readJobVariables(params: RequestParams): JobVariable[] | undefined {
  const raw = params.job_variables_attributes;
  if (raw === undefined || raw === null) return undefined;
  const items = Array.isArray(raw) ? raw : isHash(raw) ? Object.values(raw) : undefined;
  if (!items) throw invalidParams('job_variables_attributes is invalid');
  const problems: string[] = [];
  const variables = items.map((item, index) => {
    const entry: Record<string, unknown> = isHash(item) ? item : {};
    const read = (field: 'key' | 'value'): string => {
      const value = entry[field];
      if (value === undefined || value === null)
        problems.push(`job_variables_attributes[${index}][${field}] is missing`);
      else if (typeof value === 'object')
        problems.push(`job_variables_attributes[${index}][${field}] is invalid`);
      else return String(value);
      return '';
    };
    return { key: read('key'), value: read('value') };
  });
  if (problems.length > 0) throw invalidParams(problems.join(', '));
  return variables;
}

/**
 * GitLab's variable key rule (Ci::HasVariable): letters, digits and `_`, at most 255 characters.
 * A model validation failure reads as `{"message":{"job_variables.key":[…]}}`; the exact shape
 * of GitLab's answer here is not documented, so this follows its render_validation_error! form.
 */
export function checkVariableKeys(variables: JobVariable[]): void {
  const messages = new Set<string>();
  for (const { key } of variables) {
    if (key === '') messages.add("can't be blank");
    if (key.length > MAX_KEY_LENGTH)
      messages.add(`is too long (maximum is ${MAX_KEY_LENGTH} characters)`);
    if (!KEY_PATTERN.test(key)) messages.add("can contain only letters, digits and '_'.");
  }
  if (messages.size > 0) throw apiError(400, { message: { 'job_variables.key': [...messages] } });
}
