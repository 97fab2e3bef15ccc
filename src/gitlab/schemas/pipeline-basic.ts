// The schema for a pipeline as GitLab lists it (`GET /projects/:id/pipelines`).
import * as v from 'valibot';
import { PipelineStatusSchema } from './pipeline-status.js';
import { TimestampSchema } from './timestamp.js';

/**
 * A pipeline in a list: GitLab's `PipelineBasic` entity, plus the `name` of
 * `PipelineBasicWithMetadata` (lib/api/entities/ci/pipeline_basic.rb and
 * pipeline_basic_with_metadata.rb, gitlabhq/gitlabhq). Unknown fields are kept.
 */
export const PipelineBasicSchema = v.looseObject({
  id: v.pipe(v.number(), v.integer()),
  // Missing before GitLab 14.6.
  iid: v.optional(v.pipe(v.number(), v.integer())),
  project_id: v.pipe(v.number(), v.integer()),
  sha: v.string(),
  ref: v.string(),
  status: PipelineStatusSchema,
  // How the pipeline was started (`push`, `web`, `api`, `trigger`, `pipeline`, …); missing on older servers.
  source: v.optional(v.string()),
  // Sent by list, get and latest (null when unnamed); not by create, retry or cancel.
  name: v.optional(v.nullable(v.string())),
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
  web_url: v.string(),
});

/** A pipeline as GitLab lists it. */
export type PipelineBasic = v.InferOutput<typeof PipelineBasicSchema>;
