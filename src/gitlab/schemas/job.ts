// The schemas for a GitLab CI job: the fields every job-like entity shares, and the full job.
import * as v from 'valibot';
import { ArtifactSchema } from './artifact.js';
import { ArtifactsFileSchema } from './artifacts-file.js';
import { CommitSchema } from './commit.js';
import { JobStatusSchema } from './job-status.js';
import { PipelineSchema } from './pipeline.js';
import { RunnerManagerSchema, RunnerSchema } from './runner.js';
import { TimestampSchema } from './timestamp.js';
import { UserSchema } from './user.js';

/** The fields shared by jobs and bridges (GitLab's `JobBasic` entity). */
export const JobBasicSchema = v.looseObject({
  id: v.pipe(v.number(), v.integer()),
  name: v.string(),
  stage: v.string(),
  status: JobStatusSchema,
  ref: v.string(),
  tag: v.boolean(),
  coverage: v.nullable(v.number()),
  allow_failure: v.boolean(),
  created_at: TimestampSchema,
  started_at: v.nullable(TimestampSchema),
  finished_at: v.nullable(TimestampSchema),
  erased_at: v.optional(v.nullable(TimestampSchema)),
  duration: v.nullable(v.number()),
  queued_duration: v.nullable(v.number()),
  user: v.nullable(UserSchema),
  // Null when the pipeline's sha is not in the repository (`pipeline.commit` is a lazy lookup):
  // lib/api/entities/ci/job_basic.rb (gitlabhq/gitlabhq@0286e4c6) exposes it as it is.
  commit: v.nullable(CommitSchema),
  // The cancel, retry, erase and play examples leave it out.
  pipeline: v.optional(PipelineSchema),
  // Present only when the job failed.
  failure_reason: v.optional(v.string()),
  web_url: v.string(),
  project: v.optional(
    v.looseObject({
      // Documented as a string, sent as a boolean.
      ci_job_token_scope_enabled: v.union([v.boolean(), v.string()]),
    }),
  ),
});

/** The fields shared by jobs and bridges. */
export type JobBasic = v.InferOutput<typeof JobBasicSchema>;

/** A CI job as the job endpoints return it (list, get, cancel, retry, erase, play, `GET /job`). */
export const JobSchema = v.looseObject({
  ...JobBasicSchema.entries,
  // Present only when the job has an artifacts archive.
  artifacts_file: v.optional(ArtifactsFileSchema),
  artifacts: v.array(ArtifactSchema),
  runner: v.nullable(RunnerSchema),
  runner_manager: v.optional(v.nullable(RunnerManagerSchema)),
  // Missing from some examples, but GitLab's entity always sends it, as null when there is none.
  artifacts_expire_at: v.optional(v.nullable(TimestampSchema)),
  archived: v.optional(v.boolean()),
  tag_list: v.optional(v.array(v.string())),
  download_url: v.optional(v.nullable(v.string())),
  // No document shows its shape, so it is only known to be an object.
  environment: v.optional(v.nullable(v.looseObject({}))),
});

/** A CI job. */
export type Job = v.InferOutput<typeof JobSchema>;
