// Node only: one GET through Node's own HTTP stack (node:http/https, or undici's request with a dispatcher), body as a Node stream.
import { type Agent, request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';

/** How a Node-only download reaches GitLab: a node:http Agent, or an undici Dispatcher (proxies, CA files). */
export interface NodeTransport {
  /** A `node:http`/`node:https` Agent (keep-alive, sockets, TLS options). */
  agent?: Agent | undefined;
  /** An undici `Dispatcher` (e.g. the CLI's proxy agent); undici is then loaded, and used instead of node:http. */
  dispatcher?: unknown;
}

/** An answer's head, and its body as a Node stream. */
export interface NodeAnswer {
  status: number;
  statusText: string;
  headers: Headers;
  body: Readable;
}

/**
 * Sends a GET to `url` with `headers`; resolves with the answer's head once it arrives. The
 * socket going quiet for `idleMs` (before the head, or between body chunks) destroys the request
 * with `onIdle()`'s error; `signal` aborts it with its reason. No redirect is followed.
 */
export async function nodeHttpGet(
  url: URL,
  headers: Record<string, string>,
  options: { transport: NodeTransport; idleMs: number; onIdle: () => Error; signal?: AbortSignal },
): Promise<NodeAnswer> {
  if (options.transport.dispatcher !== undefined) return undiciGet(url, headers, options);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<NodeAnswer>((resolve, reject) => {
    const request = send(url, {
      method: 'GET',
      headers,
      agent: agentFor(url, options.transport.agent),
    });
    const onAbort = () => request.destroy(options.signal?.reason);
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    request.setTimeout(options.idleMs, () => request.destroy(options.onIdle()));
    request.once('close', () => options.signal?.removeEventListener('abort', onAbort));
    request.once('error', reject);
    request.once('response', (response: IncomingMessage) => {
      resolve({
        status: response.statusCode ?? 0,
        statusText: response.statusMessage ?? '',
        headers: headersOf(response.headers),
        body: response,
      });
    });
    request.end();
  });
}

// undici's request, for a caller that routes through a Dispatcher; undici is the caller's to provide.
async function undiciGet(
  url: URL,
  headers: Record<string, string>,
  options: { transport: NodeTransport; idleMs: number; onIdle: () => Error; signal?: AbortSignal },
): Promise<NodeAnswer> {
  const undici = (await import('undici')) as typeof import('undici');
  try {
    const answer = await undici.request(url, {
      method: 'GET',
      headers,
      dispatcher: options.transport.dispatcher as import('undici').Dispatcher,
      signal: options.signal,
      headersTimeout: options.idleMs,
      bodyTimeout: options.idleMs,
    });
    return {
      status: answer.statusCode,
      statusText: '',
      headers: headersOf(answer.headers),
      body: answer.body,
    };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'UND_ERR_HEADERS_TIMEOUT') throw options.onIdle();
    throw error;
  }
}

// An agent serves one protocol: a redirect (an artifact's, to object storage) may change it, and
// node:https refuses an http Agent; the protocol's global agent serves such a hop instead.
function agentFor(url: URL, agent: Agent | undefined): Agent | undefined {
  const protocol = (agent as { protocol?: unknown } | undefined)?.protocol;
  return typeof protocol === 'string' && protocol !== url.protocol ? undefined : agent;
}

function headersOf(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}
