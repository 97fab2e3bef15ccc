// Tests for the commit schema.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CommitSchema } from '../../../src/gitlab/schemas/commit.js';
import { loadSeedExample } from '../../fixtures/seeds/index.js';

function seedCommit(): Record<string, unknown> {
  return (loadSeedExample('markdown', 'get-job') as { commit: Record<string, unknown> }).commit;
}

describe('CommitSchema', () => {
  it('parses the documented commit, with its +01:00 timestamp', () => {
    expect(v.parse(CommitSchema, seedCommit())).toMatchObject({
      id: '0ff3ae198f8601a285adcf5c0fff204ee6fba5fd',
      created_at: '2015-12-24T16:51:14.000+01:00',
    });
  });

  it('keeps fields it does not know', () => {
    const commit = { ...seedCommit(), parent_ids: ['abc'], web_url: 'https://example.com/c' };
    expect(v.parse(CommitSchema, commit)).toMatchObject({
      parent_ids: ['abc'],
      web_url: 'https://example.com/c',
    });
  });

  it.each(['id', 'short_id', 'title', 'message', 'author_name', 'author_email', 'created_at'])(
    'rejects a commit without %s',
    (field) => {
      const commit = seedCommit();
      delete commit[field];
      expect(v.safeParse(CommitSchema, commit).success).toBe(false);
    },
  );
});
