// The request log's token fingerprints: enough to tell tokens apart, never enough to use one.

/** The first 12 hex digits of the token's SHA-256. */
export async function requestTokenFingerprint(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(digest).slice(0, 6)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
}
