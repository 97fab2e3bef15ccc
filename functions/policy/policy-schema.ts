// The relay's policy as data: which calling jobs may do what to which projects and jobs (deny by default).
import * as v from 'valibot';
import { isVariableKey } from '../../src/gitlab/params/variable-key.js';
import { OPERATIONS } from './operations.js';

// A project by numeric id, or by path glob (`group/*`, `group/**`).
const ProjectMatcherSchema = v.union(
  [
    v.pipe(v.number(), v.integer(), v.minValue(1)),
    v.pipe(
      v.string(),
      v.minLength(1),
      v.regex(/^[A-Za-z0-9_.*?/-]+$/, 'a path glob uses letters, digits, _ . - / * ?'),
    ),
  ],
  'a project is a numeric id or a path glob such as "group/*"',
);

/** Which calling jobs a rule applies to; every field given must match. */
export const CallerMatcherSchema = v.strictObject({
  /** The calling job's project: ids or path globs. */
  projects: v.pipe(v.array(ProjectMatcherSchema), v.minLength(1)),
  /** Globs of the calling job's ref (branch or tag). */
  refs: v.optional(v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1))),
  /** Require (or forbid) a protected ref; known only from a verified id_token. */
  protectedRef: v.optional(v.boolean()),
  /** Pipeline sources allowed, e.g. `push`, `web`, `schedule`. */
  pipelineSources: v.optional(v.pipe(v.array(v.string()), v.minLength(1))),
  /** Globs of the calling job's environment; known only from a verified id_token. */
  environments: v.optional(v.pipe(v.array(v.string()), v.minLength(1))),
});

/** One allow rule. */
export const PolicyRuleSchema = v.strictObject({
  description: v.optional(v.string()),
  caller: CallerMatcherSchema,
  /** The operations allowed. */
  allow: v.pipe(
    v.array(v.picklist(OPERATIONS, `an operation is one of ${OPERATIONS.join(', ')}`)),
    v.minLength(1),
  ),
  /** The target projects: ids or path globs. A target named by id matches only ids; by path, only globs. */
  targets: v.pipe(v.array(ProjectMatcherSchema), v.minLength(1)),
  /**
   * Globs of the target job names; absent = any job. A rule with `jobs` covers single jobs (and
   * filters job lists) only: never a whole pipeline (pipeline reads, a pipeline's cancel, `pipeline`).
   */
  jobs: v.optional(v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1))),
  /**
   * For `pipeline`: globs of the TARGET ref a pipeline may be created on (`main`, `release/*`);
   * absent = any ref. Not `caller.refs`, which is the calling job's own ref.
   */
  targetRefs: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.minLength(1, 'a ref glob is not empty'))),
      v.minLength(1, 'list at least one ref glob, or leave targetRefs out for any ref'),
    ),
  ),
  /** For `pipeline`: the CI/CD input names a caller may pass; absent = none. */
  inputs: v.optional(v.array(v.pipe(v.string(), v.minLength(1, 'an input name is not empty')))),
  /** For `play` and `pipeline`: the variable keys a caller may pass; absent = none. */
  variables: v.optional(
    v.array(
      v.pipe(
        v.string(),
        v.check(isVariableKey, 'a variable key holds letters, digits and _ (at most 255)'),
      ),
    ),
  ),
});

/** The whole policy document. */
export const PolicySchema = v.strictObject({
  version: v.literal(1, 'the policy version must be 1'),
  rules: v.array(PolicyRuleSchema),
});

/** A validated policy. */
export type Policy = v.InferOutput<typeof PolicySchema>;
/** One rule of a policy. */
export type PolicyRule = v.InferOutput<typeof PolicyRuleSchema>;
