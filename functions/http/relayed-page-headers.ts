// The headers of a relayed list page: GitLab's pagination headers kept, its `link` URLs rewritten to the relay.

const PAGE_HEADERS = [
  'x-page',
  'x-per-page',
  'x-next-page',
  'x-prev-page',
  'x-total',
  'x-total-pages',
];

/**
 * GitLab's `X-Page`… headers of `upstream`, and its `Link` with every URL below `upstreamApi`
 * pointed at `relayApi` (the configured public URL's API, never the request's Host); links to
 * anywhere else are dropped.
 */
export function relayedPageHeaders(
  upstream: Headers,
  upstreamApi: string,
  relayApi: string,
): Headers {
  const headers = new Headers();
  for (const name of PAGE_HEADERS) {
    const value = upstream.get(name);
    if (value !== null) headers.set(name, value);
  }
  const link = upstream.get('link');
  if (!link) return headers;
  const parts: string[] = [];
  for (const match of link.matchAll(/<([^>]*)>([^,]*)/g)) {
    const [, target = '', params = ''] = match;
    if (!target.startsWith(upstreamApi)) continue;
    parts.push(`<${relayApi}${target.slice(upstreamApi.length)}>${params}`);
  }
  if (parts.length > 0) headers.set('link', parts.join(', '));
  return headers;
}
