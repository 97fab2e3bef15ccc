// The schema for the commit summary that GitLab embeds in a job.
import * as v from 'valibot';
import { TimestampSchema } from './timestamp.js';

/** The commit a job ran on, as embedded in every job and bridge. */
export const CommitSchema = v.looseObject({
  id: v.string(),
  short_id: v.string(),
  title: v.string(),
  message: v.string(),
  author_name: v.string(),
  author_email: v.string(),
  created_at: TimestampSchema,
  // The rest of API::Entities::Commit (lib/api/entities/commit.rb, gitlabhq/gitlabhq); the
  // trailers and web_url are missing on older servers.
  parent_ids: v.optional(v.array(v.string())),
  authored_date: v.optional(TimestampSchema),
  committer_name: v.optional(v.string()),
  committer_email: v.optional(v.string()),
  committed_date: v.optional(TimestampSchema),
  trailers: v.optional(v.record(v.string(), v.string())),
  extended_trailers: v.optional(v.record(v.string(), v.array(v.string()))),
  web_url: v.optional(v.string()),
});

/** The commit a job ran on. */
export type Commit = v.InferOutput<typeof CommitSchema>;
