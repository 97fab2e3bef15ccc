// A user as GitLab's API::Entities::UserBasic shows it (a pipeline's `user`).
import type { UserRecord } from '../state/records.js';
import { presentUser } from './present-user.js';

const USER_BASIC_KEYS = ['id', 'username', 'name', 'state', 'locked', 'avatar_url', 'web_url'];

/** UserSafe (id, username, name) then UserBasic (state, locked, avatar_url, web_url). */
export function presentUserBasic(user: UserRecord, baseUrl: string): Record<string, unknown> {
  const full = presentUser(user, baseUrl);
  return Object.fromEntries(USER_BASIC_KEYS.map((key) => [key, full[key]]));
}
