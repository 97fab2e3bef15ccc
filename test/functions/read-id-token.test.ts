// The optional id_token header: absent, a compact JWT of a sane length, or refused unread.
import { describe, expect, it } from 'vitest';
import { readIdToken } from '../../functions/identity/read-id-token.js';

const MALFORMED = {
  refusal: 'the id_token (JOBRELAY-ID-TOKEN) is malformed: it must be a compact JWT',
};

function read(value?: string) {
  const headers: Record<string, string> = value === undefined ? {} : { 'JOBRELAY-ID-TOKEN': value };
  return readIdToken(new Request('https://relay.test/api/v4/projects/2/jobs', { headers }));
}

/** A JWT-shaped value of exactly `length` characters (not a real token: nothing verifies it here). */
function jwtShaped(length: number) {
  const head = 'eyJhbGciOiJSUzI1NiJ9.';
  return `${head}${'a'.repeat(length - head.length - 4)}.sig`;
}

describe('readIdToken', () => {
  it('gives a null id_token when the header is absent', () => {
    expect(read()).toEqual({ idToken: null });
  });

  it('takes a compact JWT as it is', () => {
    const token = jwtShaped(200);
    expect(read(token)).toEqual({ idToken: token });
  });

  it('accepts a JWT of exactly 16 KiB and refuses one a character longer', () => {
    const limit = jwtShaped(16 * 1024);
    expect(read(limit)).toEqual({ idToken: limit });
    expect(read(jwtShaped(16 * 1024 + 1))).toEqual(MALFORMED);
  });

  it.each([
    ['two parts', 'eyJhbGciOiJSUzI1NiJ9.eyJqb2JfaWQiOiIxIn0'],
    ['four parts', 'a.b.c.d'],
    ['characters outside base64url', 'eyJh+bGc.eyJq/b2J.sig='],
    ['an empty header', ''],
  ])('refuses a value with %s', (_what, value) => {
    expect(read(value)).toEqual(MALFORMED);
  });
});
