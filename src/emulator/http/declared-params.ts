// Grape's `params do … end` for the emulated endpoints: coercion, defaults and joined error messages.
import { SCOPE_VALUES } from '../state/job-status.js';
import { invalidParams } from './api-error.js';
import { isHash } from './parse-nested-params.js';
import type { RequestParams } from './read-request-params.js';
import { coerceBoolean, coerceInteger } from './ruby-coercion.js';

/** One declared parameter, as a route's `requires`/`optional` line declares it. */
export type ParamDeclaration =
  | {
      name: string;
      type: 'integer';
      required?: boolean;
      default?: number;
      /** Grape's `except_values:` (`per_page` refuses 0). */
      exceptValues?: readonly number[];
    }
  | { name: string; type: 'boolean'; default?: boolean }
  | {
      name: string;
      type: 'scope';
      /**
       * How the list's `coerce_with` treats a hash: `values` (GET /projects/:id/jobs,
       * lib/api/ci/jobs.rb) or `invalid` (the pipeline lists, lib/api/ci/helpers/pipelines_helpers.rb).
       */
      hashes: 'values' | 'invalid';
    }
  | {
      /** `type: Array do requires :key, type: String; requires :value, type: String end`. */
      name: string;
      type: 'key-value-array';
    };

/** The `page`/`per_page` pair every list declares (lib/api/pagination_params.rb). */
export const PAGINATION_PARAMS: readonly ParamDeclaration[] = [
  { name: 'page', type: 'integer', default: 1 },
  { name: 'per_page', type: 'integer', default: 20, exceptValues: [0] },
];

/**
 * Grape's `params` for a request: every parameter it carries (path, query, body), the declared
 * ones coerced and their defaults filled in. Every declared parameter is checked, in declaration
 * order, and all failures answer together: 400 `{"error":"a is invalid, b is missing"}`.
 */
export function declareParams(
  raw: RequestParams,
  declarations: readonly ParamDeclaration[],
): RequestParams {
  const params: RequestParams = { ...raw };
  const errors: string[] = [];
  for (const declaration of declarations) {
    const { name } = declaration;
    const value = raw[name];
    if (value === undefined || value === null) {
      if (declaration.type === 'integer' && declaration.required) errors.push(`${name} is missing`);
      else if ('default' in declaration && declaration.default !== undefined)
        params[name] = declaration.default;
      continue;
    }
    const problem = coerceDeclared(declaration, value, params);
    if (problem) errors.push(problem);
  }
  if (errors.length > 0) throw invalidParams(errors.join(', '));
  return params;
}

// Sets params[name] to the coerced value, or returns Grape's message for it.
function coerceDeclared(
  declaration: ParamDeclaration,
  value: unknown,
  params: RequestParams,
): string | undefined {
  const { name } = declaration;
  switch (declaration.type) {
    case 'integer': {
      const coerced = coerceInteger(value);
      if (!coerced.ok) return `${name} is invalid`;
      if (typeof coerced.value === 'number' && declaration.exceptValues?.includes(coerced.value))
        return `${name} has a value not allowed`;
      params[name] = coerced.value;
      return undefined;
    }
    case 'boolean': {
      const coerced = coerceBoolean(value);
      if (!coerced.ok) return `${name} is invalid`;
      params[name] = coerced.value;
      return undefined;
    }
    case 'scope': {
      const list =
        typeof value === 'string'
          ? [value]
          : Array.isArray(value)
            ? value
            : isHash(value) && declaration.hashes === 'values'
              ? Object.values(value)
              : ['unknown'];
      if (list.some((item) => typeof item !== 'string' || !SCOPE_VALUES.has(item)))
        return `${name} does not have a valid value`;
      params[name] = list;
      return undefined;
    }
    case 'key-value-array':
      return coerceKeyValueArray(name, value, params);
  }
}

// Grape's nested Array params: each element a hash with String `key` and `value`. A JSON
// number or boolean coerces to its text; a nested hash or list does not.
function coerceKeyValueArray(
  name: string,
  value: unknown,
  params: RequestParams,
): string | undefined {
  const items = Array.isArray(value) ? value : isHash(value) ? Object.values(value) : undefined;
  if (!items) return `${name} is invalid`;
  const problems: string[] = [];
  const pairs = items.map((item, index) => {
    const entry: Record<string, unknown> = isHash(item) ? item : {};
    const read = (field: 'key' | 'value'): string => {
      const text = entry[field];
      if (text === undefined || text === null)
        problems.push(`${name}[${index}][${field}] is missing`);
      else if (typeof text === 'object') problems.push(`${name}[${index}][${field}] is invalid`);
      else return String(text);
      return '';
    };
    return { key: read('key'), value: read('value') };
  });
  if (problems.length > 0) return problems.join(', ');
  params[name] = pairs;
  return undefined;
}
