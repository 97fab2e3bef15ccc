// The token fingerprint: the lowercase hex SHA-256 the cache and the logs key on.
import { describe, expect, it } from 'vitest';
import { tokenFingerprint } from '../../functions/identity/token-fingerprint.js';

describe('tokenFingerprint', () => {
  it('is the 64-digit hex SHA-256 of the token, zero-padded byte by byte', async () => {
    // FIPS 180-2's test vector: its digest has bytes below 0x10 (01, 03, 00), which must keep their 0.
    expect(await tokenFingerprint('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('differs for tokens differing in one character', async () => {
    expect(await tokenFingerprint('glcbt-64_token-a')).not.toBe(
      await tokenFingerprint('glcbt-64_token-b'),
    );
  });
});
