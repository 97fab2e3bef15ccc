// A user as GitLab's API::Entities::User shows it inside a job, to a viewer GitLab does not pass.

import type { UserRecord } from '../state/records.js';
import { shaFor } from '../state/sha-for.js';
import { isoTime } from './iso-time.js';

/**
 * The user JSON of a job's `user` field, in expose order: UserSafe (id, username, name), UserBasic
 * (state, locked, avatar_url, web_url), then User. The jobs API presents jobs without
 * `current_user`, so User's conditions are judged for an anonymous viewer of a public profile:
 * `created_at`, `followers` and `following` are shown, `is_followed` is not. Follows
 * lib/api/entities/user.rb (read_file id 972496911), user_basic.rb (id 580798165) and
 * user_safe.rb (id 1010479903) of gitlabhq/gitlabhq.
 */
export function presentUser(user: UserRecord, baseUrl: string): Record<string, unknown> {
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    state: 'active',
    locked: false,
    avatar_url: `https://www.gravatar.com/avatar/${shaFor(user.email).slice(0, 32)}?s=80&d=identicon`,
    web_url: `${baseUrl}/${user.username}`,
    created_at: isoTime(user.createdAt),
    bio: '',
    location: '',
    public_email: '',
    skype: '',
    linkedin: '',
    twitter: '',
    discord: '',
    website_url: '',
    organization: '',
    job_title: '',
    pronouns: null,
    bot: false,
    work_information: null,
    followers: 0,
    following: 0,
    local_time: null,
  };
}
