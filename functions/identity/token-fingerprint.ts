// A SHA-256 fingerprint of a token: what the cache and the logs key on, never the token itself.

/** Hex SHA-256 of the token (Web Crypto, so it runs on Workers and Node alike). */
export async function tokenFingerprint(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
