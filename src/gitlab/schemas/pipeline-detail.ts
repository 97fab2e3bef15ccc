// The schema for a single pipeline: what get, latest, create, trigger, retry and cancel answer with.
import * as v from 'valibot';
import { DetailedStatusSchema } from './detailed-status.js';
import { PipelineBasicSchema } from './pipeline-basic.js';
import { TimestampSchema } from './timestamp.js';
import { UserSchema } from './user.js';

/**
 * A single pipeline: GitLab's `Pipeline` entity (and `PipelineWithMetadata`, which adds `name`),
 * lib/api/entities/ci/pipeline.rb (gitlabhq/gitlabhq). Unknown fields are kept.
 */
export const PipelineDetailSchema = v.looseObject({
  ...PipelineBasicSchema.entries,
  before_sha: v.string(),
  tag: v.boolean(),
  yaml_errors: v.nullable(v.string()),
  // GitLab's `UserBasic`; null when the pipeline has no user.
  user: v.nullable(UserSchema),
  started_at: v.nullable(TimestampSchema),
  finished_at: v.nullable(TimestampSchema),
  committed_at: v.nullable(TimestampSchema),
  // Seconds; null until the pipeline has run.
  duration: v.nullable(v.number()),
  queued_duration: v.nullable(v.number()),
  // A string with two decimals (`Ci::PipelinePresenter#coverage` formats it as '%.2f'), or null.
  coverage: v.nullable(v.string()),
  // The entity always sends it; the documents' create, retry and cancel examples leave it out.
  detailed_status: v.optional(DetailedStatusSchema),
});

/** A single pipeline. */
export type PipelineDetail = v.InferOutput<typeof PipelineDetailSchema>;
