// Validates the list and id parameters the Jobs API declares, with Grape's error messages.
import { SCOPE_VALUES } from '../state/job-status.js';
import { invalidParams } from './api-error.js';
import { isHash } from './parse-nested-params.js';
import type { RequestParams } from './read-request-params.js';

/**
 * The `scope` filter as a list, or undefined for no filter; 400 for a value GitLab does not know.
 * The lists coerce differently: `GET /projects/:id/jobs` takes a hash's values
 * (lib/api/ci/jobs.rb, `when ::Hash then scope.values`), while the pipeline lists' coerce_with
 * (lib/api/ci/helpers/pipelines_helpers.rb) knows only a String and an Array: a hash fails.
 */
export function readScope(
  params: RequestParams,
  hashes: 'values' | 'invalid' = 'invalid',
): string[] | undefined {
  const raw = params.scope;
  if (raw === undefined) return undefined;
  const list =
    typeof raw === 'string'
      ? [raw]
      : Array.isArray(raw)
        ? raw
        : isHash(raw) && hashes === 'values'
          ? Object.values(raw)
          : ['unknown'];
  if (list.some((value) => typeof value !== 'string' || !SCOPE_VALUES.has(value))) {
    throw invalidParams('scope does not have a valid value');
  }
  return list as string[];
}

/** An optional Grape Boolean parameter; 400 `<name> is invalid` for anything else. */
export function readBoolean(params: RequestParams, name: string): boolean {
  const raw = params[name];
  if (raw === undefined || raw === false || raw === 'false' || raw === '0' || raw === 0)
    return false;
  if (raw === true || raw === 'true' || raw === '1' || raw === 1) return true;
  throw invalidParams(`${name} is invalid`);
}

/** A required Integer route parameter such as `job_id`; 400 `<name> is invalid` otherwise. */
export function readInteger(value: string | undefined, name: string): number {
  if (value === undefined || !/^-?\d+$/.test(value)) throw invalidParams(`${name} is invalid`);
  return Number(value);
}

/** An optional Integer parameter with a default (`page`, `per_page`); 400 when not an integer. */
export function readOptionalInteger(params: RequestParams, name: string, fallback: number): number {
  const raw = params[name];
  if (raw === undefined || raw === '') return fallback;
  if (typeof raw === 'number' && Number.isInteger(raw)) return raw;
  if (typeof raw === 'string' && /^-?\d+$/.test(raw.trim())) return Number(raw.trim());
  throw invalidParams(`${name} is invalid`);
}
