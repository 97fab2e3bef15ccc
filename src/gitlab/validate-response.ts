// Checks a GitLab response body against its valibot schema, naming the endpoint and field on failure.
import * as v from 'valibot';
import { ResponseValidationError } from './errors/response-validation-error.js';
import { issuePath } from './issue-path.js';

/** Parses `data` with `schema`, or throws ResponseValidationError saying which field of which endpoint. */
export function validateResponse<S extends v.GenericSchema>(
  schema: S,
  data: unknown,
  operation: string,
  route: string,
): v.InferOutput<S> {
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
