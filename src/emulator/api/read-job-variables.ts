// Reads and checks `job_variables_attributes` as Grape and GitLab's Ci::JobVariable model do.
import { MAX_VARIABLE_KEY_LENGTH, VARIABLE_KEY_PATTERN } from '../../gitlab/params/variable-key.js';
import { apiError } from '../http/api-error.js';
import type { RequestParams } from '../http/read-request-params.js';
import type { JobVariable } from '../state/records.js';

/**
 * The play variables as Grape coerced them (a JSON array, or form/query
 * `job_variables_attributes[][key]=…` / `[0][key]=…`); undefined when absent.
 */
export function readJobVariables(params: RequestParams): JobVariable[] | undefined {
  const value = params.job_variables_attributes;
  return Array.isArray(value) ? (value as JobVariable[]) : undefined;
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
    if (key.length > MAX_VARIABLE_KEY_LENGTH)
      messages.add(`is too long (maximum is ${MAX_VARIABLE_KEY_LENGTH} characters)`);
    if (!VARIABLE_KEY_PATTERN.test(key)) messages.add("can contain only letters, digits and '_'.");
  }
  if (messages.size > 0) throw apiError(400, { message: { 'job_variables.key': [...messages] } });
}
