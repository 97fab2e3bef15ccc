// The schemas for the runner, and the runner manager, that picked up a job.
import * as v from 'valibot';
import { TimestampSchema } from './timestamp.js';

/** The runner that ran a job (no example shows one, so only `id` is required). */
export const RunnerSchema = v.looseObject({
  id: v.pipe(v.number(), v.integer()),
  description: v.optional(v.nullable(v.string())),
  // Current GitLab always sends null here (kept until API v5).
  ip_address: v.optional(v.nullable(v.string())),
  active: v.optional(v.boolean()),
  paused: v.optional(v.boolean()),
  is_shared: v.optional(v.boolean()),
  runner_type: v.optional(v.string()),
  name: v.optional(v.nullable(v.string())),
  online: v.optional(v.nullable(v.boolean())),
  // Newer GitLab (lib/api/entities/ci/runner.rb, gitlabhq/gitlabhq@41946e65) adds these; `created_by`
  // comes only for callers who may read the runner's creator, so never inside a job's answer.
  created_by: v.optional(v.nullable(v.looseObject({ id: v.pipe(v.number(), v.integer()) }))),
  created_at: v.optional(v.nullable(TimestampSchema)),
  status: v.optional(v.string()),
  // `active` while the runner runs a job, else `idle`.
  job_execution_status: v.optional(v.nullable(v.string())),
});

/** The runner that ran a job. */
export type Runner = v.InferOutput<typeof RunnerSchema>;

/** The runner manager (one machine of a runner) that ran a job, as in a job's `runner_manager`. */
export const RunnerManagerSchema = v.looseObject({
  id: v.pipe(v.number(), v.integer()),
  system_id: v.optional(v.string()),
  version: v.optional(v.nullable(v.string())),
  revision: v.optional(v.nullable(v.string())),
  platform: v.optional(v.nullable(v.string())),
  architecture: v.optional(v.nullable(v.string())),
  created_at: v.optional(TimestampSchema),
  contacted_at: v.optional(v.nullable(TimestampSchema)),
  ip_address: v.optional(v.nullable(v.string())),
  status: v.optional(v.string()),
  // `active` while the manager runs a job, else `idle` (newer GitLab).
  job_execution_status: v.optional(v.nullable(v.string())),
});

/** The runner manager that ran a job. */
export type RunnerManager = v.InferOutput<typeof RunnerManagerSchema>;
