// Reads `POST /pipeline`'s `variables` (an Array of key, value, variable_type) as Grape coerces it.
import { invalidParams } from '../http/api-error.js';
import { isHash } from '../http/parse-nested-params.js';
import type { RequestParams } from '../http/read-request-params.js';
import type { PipelineVariable } from '../state/records.js';

const VARIABLE_TYPES: ReadonlySet<string> = new Set(['env_var', 'file']);

/**
 * `optional :variables, type: Array do optional :key, :value (String); optional :variable_type,
 * values: env_var|file, default: 'env_var' end` (lib/api/ci/helpers/pipelines_helpers.rb): a JSON
 * list, or form `variables[][key]=…` / `variables[0][key]=…`. A missing key or value is left
 * empty (the model then refuses a blank key). Grape's 400s: `variables is invalid`,
 * `variables[0][variable_type] does not have a valid value`, `variables[0][key] is invalid`.
 */
export function readPipelineVariables(params: RequestParams): PipelineVariable[] {
  const value = params.variables;
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : isHash(value) ? Object.values(value) : undefined;
  if (!items) throw invalidParams('variables is invalid');
  const problems: string[] = [];
  const variables = items.map((item, index): PipelineVariable => {
    if (!isHash(item)) {
      problems.push(`variables[${index}] is invalid`);
      return { key: '', value: '', variableType: 'env_var' };
    }
    const text = (field: 'key' | 'value'): string => {
      const raw = item[field];
      if (raw === undefined || raw === null) return '';
      if (typeof raw === 'object') problems.push(`variables[${index}][${field}] is invalid`);
      return typeof raw === 'object' ? '' : String(raw);
    };
    const type = item.variable_type ?? 'env_var';
    if (typeof type !== 'string' || !VARIABLE_TYPES.has(type))
      problems.push(`variables[${index}][variable_type] does not have a valid value`);
    return {
      key: text('key'),
      value: text('value'),
      variableType: type === 'file' ? 'file' : 'env_var',
    };
  });
  if (problems.length > 0) throw invalidParams(problems.join(', '));
  return variables;
}
