// Takes the optional GitLab id_token from the JOBRELAY-ID-TOKEN header, refusing one that is not JWT-shaped.

/** The id_token (null when none was sent), or why the request is refused before it is used. */
export type ReadIdToken = { idToken: string | null } | { refusal: string };

// A compact JWT: three base64url parts; GitLab's id_tokens are a few kilobytes at most.
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const MAX_ID_TOKEN_LENGTH = 16 * 1024;

/** Reads `JOBRELAY-ID-TOKEN`; a value that is not a compact JWT of a sane length is refused, never quoted. */
export function readIdToken(request: Request): ReadIdToken {
  const value = request.headers.get('jobrelay-id-token');
  if (value === null) return { idToken: null };
  const idToken = value.trim();
  if (idToken.length > MAX_ID_TOKEN_LENGTH || !JWT_SHAPE.test(idToken)) {
    return { refusal: 'the id_token (JOBRELAY-ID-TOKEN) is malformed: it must be a compact JWT' };
  }
  return { idToken };
}
