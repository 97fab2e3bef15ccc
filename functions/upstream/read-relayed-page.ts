// One page of a GitLab list, read for a caller: only the query parameters GitLab reads there, the page's headers pointed at the relay.
import type { Context } from 'hono';
import { relayedPageHeaders } from '../http/relayed-page-headers.js';
import type { RelayAppEnv } from '../relay-app-env.js';
import type { UpstreamAnswer } from './upstream-answer.js';

/** Which list page to read, and the query parameters its GitLab route reads. */
export interface RelayedPageRead {
  operation: string;
  route: string;
  /** Already encoded, below `<instance>/api/v4/`. */
  path: string;
  /** The request's query parameters passed on; any other is dropped. */
  query: readonly string[];
}

/**
 * Reads the page (shared with other callers like every read) and returns GitLab's answer with the
 * headers to relay: the pagination headers, `Link` URLs pointed at the configured public URL
 * (never the request's Host; without one, path-absolute links).
 */
export async function readRelayedPage(
  c: Context<RelayAppEnv>,
  page: RelayedPageRead,
): Promise<{ answer: UpstreamAnswer; headers: Headers }> {
  const upstream = c.get('upstream');
  const query = new URLSearchParams();
  for (const [key, value] of new URL(c.req.url).searchParams)
    if (page.query.includes(key)) query.append(key, value);
  const answer = await upstream.read({
    operation: page.operation,
    route: page.route,
    path: page.path,
    query,
    shareUnknownLength: true,
  });
  const headers = relayedPageHeaders(
    answer.headers,
    upstream.client.apiUrl,
    `${c.get('config').publicUrl ?? ''}/api/v4/`,
  );
  return { answer, headers };
}
