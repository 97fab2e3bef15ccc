// The schemas for the pipeline summaries that GitLab embeds in jobs and bridges.
import * as v from 'valibot';
import { TimestampSchema } from './timestamp.js';

/** The pipeline a job belongs to, as embedded in a job (the timestamps and URL only in some answers). */
export const PipelineSchema = v.looseObject({
  id: v.pipe(v.number(), v.integer()),
  project_id: v.pipe(v.number(), v.integer()),
  ref: v.string(),
  sha: v.string(),
  // A pipeline's status set is GitLab's own business, not the job picklist: accept what it sends.
  status: v.string(),
  iid: v.optional(v.pipe(v.number(), v.integer())),
  source: v.optional(v.string()),
  created_at: v.optional(TimestampSchema),
  updated_at: v.optional(TimestampSchema),
  web_url: v.optional(v.string()),
});

/** The pipeline a job belongs to. */
export type Pipeline = v.InferOutput<typeof PipelineSchema>;

/** The pipeline a bridge (trigger job) started, as in a bridge's `downstream_pipeline`. */
export const DownstreamPipelineSchema = v.looseObject({
  id: v.pipe(v.number(), v.integer()),
  sha: v.string(),
  ref: v.string(),
  status: v.string(),
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
  web_url: v.string(),
  project_id: v.optional(v.pipe(v.number(), v.integer())),
  iid: v.optional(v.pipe(v.number(), v.integer())),
  source: v.optional(v.string()),
});

/** The pipeline a bridge started. */
export type DownstreamPipeline = v.InferOutput<typeof DownstreamPipelineSchema>;
