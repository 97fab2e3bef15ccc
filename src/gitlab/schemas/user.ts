// The schema for the GitLab user who started a job.
import * as v from 'valibot';
import { TimestampSchema } from './timestamp.js';

/** A GitLab user: the identity fields always, the profile fields when GitLab shows them. */
export const UserSchema = v.looseObject({
  id: v.pipe(v.number(), v.integer()),
  username: v.string(),
  name: v.string(),
  state: v.string(),
  // GitLab sends null when the user has no avatar and Gravatar is disabled on the instance.
  avatar_url: v.nullable(v.string()),
  web_url: v.string(),
  // GitLab exposes `created_at` only to callers allowed to read the profile.
  created_at: v.optional(TimestampSchema),
  // Unset profile fields come as null (the examples show it for bio and location).
  bio: v.optional(v.nullable(v.string())),
  location: v.optional(v.nullable(v.string())),
  public_email: v.optional(v.nullable(v.string())),
  skype: v.optional(v.nullable(v.string())),
  linkedin: v.optional(v.nullable(v.string())),
  twitter: v.optional(v.nullable(v.string())),
  website_url: v.optional(v.nullable(v.string())),
  organization: v.optional(v.nullable(v.string())),
  // The rest of API::Entities::User (lib/api/entities/user.rb and user_basic.rb, gitlabhq/gitlabhq),
  // each missing on older servers; followers and following only for readable profiles.
  locked: v.optional(v.boolean()),
  discord: v.optional(v.nullable(v.string())),
  job_title: v.optional(v.nullable(v.string())),
  pronouns: v.optional(v.nullable(v.string())),
  bot: v.optional(v.boolean()),
  work_information: v.optional(v.nullable(v.string())),
  followers: v.optional(v.pipe(v.number(), v.integer())),
  following: v.optional(v.pipe(v.number(), v.integer())),
  is_followed: v.optional(v.boolean()),
  local_time: v.optional(v.nullable(v.string())),
});

/** A GitLab user. */
export type User = v.InferOutput<typeof UserSchema>;
