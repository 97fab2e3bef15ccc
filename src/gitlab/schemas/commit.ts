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
});

/** The commit a job ran on. */
export type Commit = v.InferOutput<typeof CommitSchema>;
