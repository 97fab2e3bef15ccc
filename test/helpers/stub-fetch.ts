// A scripted fetch for unit tests: answers from a queue of steps and records every call.
import type { FetchFunction } from '../../src/gitlab/client.js';

/** A request as the stub saw it. */
export interface RecordedCall {
  method: string;
  url: URL;
  headers: Headers;
  body: string | undefined;
  signal: AbortSignal | undefined;
}

/** One scripted answer: a Response, an error to reject with, or a function of the call. */
export type Step = Response | Error | ((call: RecordedCall) => Response | Promise<Response>);

/** A stub fetch plus what it recorded. */
export interface StubFetch {
  fetch: FetchFunction;
  calls: RecordedCall[];
}

/** Answers call N with `steps[N]`, repeating the last step when the queue runs out. */
export function stubFetch(...steps: Step[]): StubFetch {
  const calls: RecordedCall[] = [];
  const fetch: FetchFunction = async (input, init) => {
    const call: RecordedCall = {
      method: init?.method ?? 'GET',
      url: new URL(String(input)),
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : undefined,
      signal: init?.signal ?? undefined,
    };
    calls.push(call);
    const step = steps[Math.min(calls.length - 1, steps.length - 1)];
    if (step === undefined) throw new Error('stubFetch: no step scripted');
    if (step instanceof Error) throw step;
    if (typeof step === 'function') return step(call);
    return step.clone();
  };
  return { fetch, calls };
}

/** A JSON response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** The error undici's fetch rejects with when a connection fails with `code`. */
export function fetchFailed(code: string): TypeError {
  const cause = Object.assign(new Error(`connect ${code} 127.0.0.1:1`), { code });
  return new TypeError('fetch failed', { cause });
}

/** The error undici rejects with when the socket closes after the request was written. */
export function socketClosed(): TypeError {
  const cause = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
  return new TypeError('fetch failed', { cause });
}

/** A step that never answers until the request is aborted (by its timeout), like a hung server. */
export function hang(call: RecordedCall): Promise<Response> {
  return new Promise((_, reject) => {
    if (call.signal?.aborted) reject(call.signal.reason);
    call.signal?.addEventListener('abort', () => reject(call.signal?.reason), { once: true });
  });
}
