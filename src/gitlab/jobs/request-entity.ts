// Sends a request that answers with one JSON entity, and validates the entity.
import type * as v from 'valibot';
import type { GitLabClient } from '../client.js';
import { type RequestSpec, sendRequest } from '../request.js';
import { validateResponse } from '../validate-response.js';

/** Sends `spec` and returns its body checked against `schema`. */
export async function requestEntity<S extends v.GenericSchema>(
  client: GitLabClient,
  spec: Omit<RequestSpec, 'expect'>,
  schema: S,
): Promise<v.InferOutput<S>> {
  const response = await sendRequest(client, { ...spec, expect: 'json' });
  return validateResponse(schema, response.data, spec.operation, spec.route);
}
