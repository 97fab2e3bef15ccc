// Tests for the user schema.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { UserSchema } from '../../../src/gitlab/schemas/user.js';
import { loadSeedExample } from '../../fixtures/seeds/index.js';

function seedUser(): Record<string, unknown> {
  return (loadSeedExample('markdown', 'get-job') as { user: Record<string, unknown> }).user;
}

const BASIC_USER = {
  id: 2,
  name: 'John Doe3',
  username: 'user2',
  state: 'active',
  avatar_url: 'https://www.gravatar.com/avatar/10fc7f102b',
  web_url: 'http://localhost/user2',
};

describe('UserSchema', () => {
  it('parses the full user of the job examples', () => {
    expect(v.parse(UserSchema, seedUser())).toMatchObject({ id: 1, username: 'root', bio: null });
  });

  it('parses a user with the identity fields only, as the allowed agents example has', () => {
    expect(v.parse(UserSchema, BASIC_USER)).toEqual(BASIC_USER);
  });

  it('accepts a null avatar_url', () => {
    expect(v.parse(UserSchema, { ...BASIC_USER, avatar_url: null }).avatar_url).toBeNull();
  });

  it('keeps fields it does not know', () => {
    expect(v.parse(UserSchema, { ...BASIC_USER, pronouns: 'they/them' })).toMatchObject({
      pronouns: 'they/them',
    });
  });

  it.each(['id', 'username', 'name', 'state', 'avatar_url', 'web_url'])(
    'rejects a user without %s',
    (field) => {
      const user: Record<string, unknown> = { ...BASIC_USER };
      delete user[field];
      expect(v.safeParse(UserSchema, user).success).toBe(false);
    },
  );

  it('rejects a created_at that is not a timestamp', () => {
    expect(v.safeParse(UserSchema, { ...seedUser(), created_at: 'long ago' }).success).toBe(false);
  });
});
