// valibot schemas for the parameters of the endpoint functions.
import * as v from 'valibot';
import { JOB_SCOPES } from '../schemas/job-scope.js';
import { projectRefProblem } from './project-id.js';
import { MAX_VARIABLE_KEY_LENGTH, VARIABLE_KEY_PATTERN } from './variable-key.js';

/** A project id or namespaced path (`group/sub/project`), checked so it cannot leave its route. */
export const ProjectRefParamSchema = v.pipe(
  v.union([v.number(), v.string()], 'must be a project id or a path like group/project'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = projectRefProblem(dataset.value);
    if (problem) addIssue({ message: problem });
  }),
);

/** A job or pipeline id: a positive integer, or its decimal string; output as a number. */
export const IdParamSchema = v.pipe(
  v.union(
    [v.number(), v.pipe(v.string(), v.regex(/^\d+$/, 'must be a positive integer id'))],
    'must be a positive integer id',
  ),
  v.transform(Number),
  v.number(),
  v.safeInteger('must be a positive integer id'),
  v.minValue(1, 'must be a positive integer id'),
);

/** `scope`: one documented value or an array of them; output deduplicated as an array. */
export const ScopeParamSchema = v.pipe(
  v.union(
    [
      v.picklist(JOB_SCOPES),
      v.pipe(v.array(v.picklist(JOB_SCOPES)), v.minLength(1, 'give at least one value or omit it')),
    ],
    `must be one of ${JOB_SCOPES.join(', ')}, or an array of them`,
  ),
  v.transform((scope) => [...new Set(Array.isArray(scope) ? scope : [scope])]),
);

/** `perPage`: 1 to 100, GitLab's maximum. */
export const PerPageParamSchema = v.pipe(
  v.number('must be an integer from 1 to 100'),
  v.integer('must be an integer from 1 to 100'),
  v.minValue(1, 'must be an integer from 1 to 100'),
  v.maxValue(100, 'must be an integer from 1 to 100 (GitLab serves at most 100 a page)'),
);

/** A bound such as `maxItems` or `maxPages`: a positive integer. */
export const BoundParamSchema = v.pipe(
  v.number('must be a positive integer'),
  v.integer('must be a positive integer'),
  v.minValue(1, 'must be a positive integer'),
);

/** An `AbortSignal` to cancel the call. */
export const SignalParamSchema = v.instance(AbortSignal, 'must be an AbortSignal');

/** A deadline for the whole call, retries included, as epoch milliseconds. */
export const DeadlineParamSchema = v.pipe(
  v.number('must be epoch milliseconds'),
  v.finite('must be epoch milliseconds'),
);

// GitLab's rule for variable keys: letters, digits and underscores, at most 255.
const VariableKeySchema = v.pipe(
  v.string('a variable key must be a string'),
  v.regex(VARIABLE_KEY_PATTERN, 'a variable key may hold only letters, digits and underscores'),
  v.maxLength(MAX_VARIABLE_KEY_LENGTH, 'a variable key is at most 255 characters'),
);

const VariableListSchema = v.pipe(
  v.array(
    v.strictObject(
      { key: VariableKeySchema, value: v.string('a variable value must be a string') },
      'each variable is { key, value }',
    ),
  ),
  v.check(
    (list) => new Set(list.map((item) => item.key)).size === list.length,
    'a variable key is given twice',
  ),
);

/** `variables` of `playJob`: a `Record<string, string>` or `{ key, value }[]`, output as the list. */
export const VariablesParamSchema = v.pipe(
  v.union(
    [v.array(v.unknown()), v.record(v.string(), v.unknown())],
    'must be a Record<string, string> or { key, value }[]',
  ),
  v.transform((input) =>
    Array.isArray(input) ? input : Object.entries(input).map(([key, value]) => ({ key, value })),
  ),
  VariableListSchema,
);

/** Options every call accepts. */
export const CallOptionsEntries = {
  signal: v.optional(SignalParamSchema),
  deadline: v.optional(DeadlineParamSchema),
};

/** Options every list accepts: filter, page size, bounds, and the call options. */
export const ListOptionsEntries = {
  scope: v.optional(ScopeParamSchema),
  perPage: v.optional(PerPageParamSchema, 100),
  maxItems: v.optional(BoundParamSchema),
  maxPages: v.optional(BoundParamSchema),
  ...CallOptionsEntries,
};
