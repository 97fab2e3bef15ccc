// Checks a GitLab response body against its valibot schema, naming the endpoint and field on failure.
import * as v from 'valibot';
import { type CompiledCheck, compileCheck } from './compile-check.js';
import { ResponseValidationError } from './errors/response-validation-error.js';
import { issuePath } from './issue-path.js';

// Each schema's compiled check, made on first use (null: valibot alone).
const checks = new WeakMap<v.GenericSchema, CompiledCheck | null>();

/**
 * Parses `data` with `schema`, or throws ResponseValidationError saying which field of which
 * endpoint. An answer that passes the schema's compiled check (the same rules, without copying)
 * is returned as it is; any other goes through valibot, which says what is wrong.
 */
export function validateResponse<S extends v.GenericSchema>(
  schema: S,
  data: unknown,
  operation: string,
  route: string,
): v.InferOutput<S> {
  let check = checks.get(schema);
  if (check === undefined) {
    check = compileCheck(schema) ?? null;
    checks.set(schema, check);
  }
  if (check?.(data)) return data as v.InferOutput<S>;
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  throw new ResponseValidationError(
    operation,
    route,
    result.issues
      .slice(0, 10)
      .map((issue) => ({ field: issuePath(issue), message: issue.message })),
  );
}
