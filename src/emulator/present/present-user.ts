// A user as GitLab's API::Entities::User shows it inside a job.

import type { UserRecord } from '../state/records.js';
import { shaFor } from '../state/sha-for.js';
import { isoTime } from './iso-time.js';

/** The user JSON of a job's `user` field. */
export function presentUser(user: UserRecord, baseUrl: string): Record<string, unknown> {
  return {
    id: user.id,
    username: user.username,
    public_email: '',
    name: user.name,
    state: 'active',
    locked: false,
    avatar_url: `https://www.gravatar.com/avatar/${shaFor(user.email).slice(0, 32)}?s=80&d=identicon`,
    web_url: `${baseUrl}/${user.username}`,
    created_at: isoTime(user.createdAt),
    bio: '',
    location: '',
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
    local_time: null,
  };
}
