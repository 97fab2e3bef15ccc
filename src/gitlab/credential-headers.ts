// The headers that carry a credential, and headers without them: what may travel where a token must not.

// PRIVATE-TOKEN, JOB-TOKEN and Authorization are the client's own (client.ts); a proxy's
// credentials and cookies are dropped with them.
const CREDENTIAL_HEADERS = new Set([
  'private-token',
  'job-token',
  'authorization',
  'proxy-authorization',
  'cookie',
]);

/** Whether the header `name` (any case) carries a credential. */
export function isCredentialHeader(name: string): boolean {
  return CREDENTIAL_HEADERS.has(name.toLowerCase());
}

/** A copy of `headers` without any header that carries a credential. */
export function withoutCredentialHeaders(headers: Headers): Headers {
  const kept = new Headers();
  for (const [name, value] of headers) if (!isCredentialHeader(name)) kept.set(name, value);
  return kept;
}
