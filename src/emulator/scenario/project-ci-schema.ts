// The scenario fields of a project that new pipelines are made from: CI templates, refs, triggers.
import * as v from 'valibot';
import { JobSchema, NameSchema } from './job-schema.js';

const CiTemplateSchema = v.strictObject({
  /** Ref names or globs (`release/*`; `*` matches anything, `/` too); absent for any ref. */
  refs: v.optional(v.pipe(v.array(NameSchema), v.minLength(1, 'must list at least one ref'))),
  stages: v.optional(v.array(NameSchema)),
  /** The pipeline's name, as `workflow:name` gives it. */
  name: v.optional(NameSchema),
  jobs: v.pipe(v.array(JobSchema), v.minLength(1, 'must list at least one job')),
});

const TriggerTokenSchema = v.strictObject({
  /** GitLab's trigger tokens read `glptt-…`; one is generated when absent. */
  token: v.optional(v.pipe(v.string(), v.minLength(8, 'must be at least 8 characters'))),
  /** The username whose rights (and name) the triggered pipelines run with. */
  owner: NameSchema,
  description: v.optional(v.string()),
});

/**
 * The fields a scenario project adds for pipelines created through the API:
 * - `ci`: what a new pipeline contains, per ref; the first entry whose `refs` match wins, and a
 *   ref no entry matches gets GitLab's "No stages / jobs for this pipeline." (400), and a project
 *   without `ci` "Missing CI config file";
 * - `branches` (default `main` plus the branch refs of the scenario's pipelines) and `tags`
 *   (default the tag refs of its pipelines): the refs that exist, else "Reference not found";
 * - `triggers`: pipeline trigger tokens (`POST /projects/:id/trigger/pipeline`).
 */
export const PROJECT_CI_ENTRIES = {
  ci: v.optional(v.array(CiTemplateSchema)),
  branches: v.optional(v.array(NameSchema)),
  tags: v.optional(v.array(NameSchema)),
  triggers: v.optional(v.array(TriggerTokenSchema)),
};
