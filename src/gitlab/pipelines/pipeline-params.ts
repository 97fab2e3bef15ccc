// The parameters shared by the pipeline endpoints: one pipeline's address, a ref, inputs and a trigger token.
import * as v from 'valibot';
import { hasControlCharacter } from '../has-control-character.js';
import {
  CallOptionsEntries,
  IdParamSchema,
  ProjectRefParamSchema,
} from '../params/param-schemas.js';

/** `{ project, pipelineId, signal?, deadline? }`. */
export const PipelineParamsSchema = v.strictObject({
  project: ProjectRefParamSchema,
  pipelineId: IdParamSchema,
  ...CallOptionsEntries,
});

/** Parameters of the endpoints that act on one pipeline. */
export type PipelineParams = v.InferInput<typeof PipelineParamsSchema>;

/** A branch or tag name, as GitLab's `ref` parameters take it. */
export const RefParamSchema = v.pipe(
  v.string('must be a branch or tag name'),
  v.nonEmpty('is empty; give a branch or tag name'),
  v.check((ref) => !hasControlCharacter(ref), 'contains control characters'),
  v.check((ref) => ref.trim() === ref, 'has leading or trailing spaces'),
);

/**
 * `inputs` of a pipeline (CI/CD inputs, GitLab 17.10+): `{ name: value }`, each value a string,
 * number, boolean or array, as the `spec:inputs` of the project's configuration declares them.
 */
export const InputsParamSchema = v.record(
  v.pipe(v.string(), v.nonEmpty('an input name is empty')),
  v.union(
    [v.string(), v.number(), v.boolean(), v.array(v.unknown())],
    'an input value must be a string, number, boolean or array',
  ),
  'must be an object of input names and values',
);

/** A pipeline trigger token (`glptt-…`) or a CI job token: a secret, never shown. */
export const TriggerTokenParamSchema = v.pipe(
  v.string('must be a pipeline trigger token or a CI job token'),
  v.nonEmpty('is empty; give a pipeline trigger token or a CI job token'),
  v.check(
    (token) => !/\s/.test(token) && !hasControlCharacter(token),
    'must not contain whitespace or control characters',
  ),
);
