// A WHATWG fetch that answers from the emulator app in memory, failing as undici does on faults.
import { FAULT_SIGNAL_HEADER, faultSignalOf } from './fault-signal.js';
import { truncatedPart } from './truncated-part.js';

/** Anything with a WHATWG `fetch(request)` method, such as a Hono app. */
export interface FetchHandler {
  fetch(request: Request): Response | Promise<Response>;
}

/**
 * A `fetch` routed to `handler` in process. Faults behave as on a network: refused and reset
 * connections reject with `TypeError('fetch failed')` whose `cause.code` is ECONNREFUSED or
 * ECONNRESET; a truncated body errors mid-read with `TypeError('terminated')`.
 */
export function createInProcessFetch(handler: FetchHandler): typeof fetch {
  return async function inProcessFetch(
    input: RequestInfo | URL,
    init?: RequestInit,
  ): Promise<Response> {
    const request = new Request(input, init);
    if (request.signal.aborted) throw request.signal.reason;
    const response = await abortable(Promise.resolve(handler.fetch(request)), request.signal);
    const signal = faultSignalOf(response);
    if (!signal) return response;
    const url = new URL(request.url);
    switch (signal) {
      case 'refuse':
        throw fetchFailed(
          'ECONNREFUSED',
          'connect',
          `connect ECONNREFUSED ${url.hostname}:${url.port || 80}`,
        );
      case 'reset':
      case 'reset-after-send':
        await response.body?.cancel();
        throw fetchFailed('ECONNRESET', 'read', 'read ECONNRESET');
      case 'truncate':
        return truncated(response);
    }
  };
}

/** undici's error for a failed connection: a TypeError whose cause carries the system error code. */
export function fetchFailed(code: string, syscall: string, message: string): TypeError {
  const cause = Object.assign(new Error(message), {
    code,
    syscall,
    errno: code === 'ECONNRESET' ? -104 : -111,
  });
  return new TypeError('fetch failed', { cause });
}

// Part of the body arrives, then the stream fails the way undici reports a connection closed early.
async function truncated(response: Response): Promise<Response> {
  const { sent, declaredLength } = await truncatedPart(response);
  const headers = new Headers(response.headers);
  headers.delete(FAULT_SIGNAL_HEADER);
  headers.set('content-length', String(declaredLength));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (sent.length > 0) controller.enqueue(sent);
    },
    pull(controller) {
      const cause = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
      controller.error(new TypeError('terminated', { cause }));
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
