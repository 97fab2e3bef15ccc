// Tests for the ISO 8601 timestamp schema shared by every entity.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { TimestampSchema } from '../../../src/gitlab/schemas/timestamp.js';

describe('TimestampSchema', () => {
  it.each([
    '2015-12-24T15:51:21.802Z',
    '2015-12-24T16:51:14.000+01:00',
    '2021-03-26T14:51:50.579Z',
    '2023-10-24T01:27:06Z',
  ])('accepts the GitLab timestamp %s', (timestamp) => {
    expect(v.parse(TimestampSchema, timestamp)).toBe(timestamp);
  });

  it.each(['yesterday', '2015-12-24', '', '24/12/2015 15:51'])('rejects %j', (timestamp) => {
    expect(v.safeParse(TimestampSchema, timestamp).success).toBe(false);
  });

  it('rejects a Unix time number', () => {
    expect(v.safeParse(TimestampSchema, 1450972281).success).toBe(false);
  });
});
