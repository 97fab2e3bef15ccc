// Applies armed faults to matching API requests: delays, false answers, broken connections.
import type { Context, MiddlewareHandler } from 'hono';
import type { ApiEnv, EmulatorRuntime } from '../emulator-runtime.js';
import { BAD_GATEWAY_HTML } from './bad-gateway-page.js';
import { FAULT_SIGNAL_HEADER, faultSignalResponse } from './fault-signal.js';

/** Middleware acting out the first armed fault that matches each request. */
export function faultMiddleware(runtime: EmulatorRuntime): MiddlewareHandler<ApiEnv> {
  return async function injectFault(c, next) {
    const fault = runtime.faults.take(c.req.method, new URL(c.req.url).pathname);
    if (!fault) return next();
    const { spec } = fault;
    c.var.logEntry.fault =
      spec.kind ?? (spec.status === undefined ? 'delay' : `status ${spec.status}`);
    if (spec.delayMs) {
      const remaining = c.var.arrivedAt + spec.delayMs - runtime.clock.now();
      try {
        await runtime.clock.sleep(remaining, c.req.raw.signal);
      } catch {
        // The client gave up while waiting (nginx logs this as 499); nobody reads this answer.
        return new Response(null, { status: 499 });
      }
    }
    switch (spec.kind) {
      case 'refuse':
      case 'reset':
        return faultSignalResponse(spec.kind);
      case 'bad-gateway':
        return new Response(BAD_GATEWAY_HTML, {
          status: 502,
          headers: { 'content-type': 'text/html' },
        });
      case 'reset-after-send':
      case 'truncate':
        await next();
        c.res.headers.set(FAULT_SIGNAL_HEADER, spec.kind);
        return;
    }
    if (spec.status === undefined) return next();
    const answer = fakeAnswer(spec.status, spec.body, spec.headers);
    if (!spec.apply) return answer;
    await next();
    replaceResponse(c, answer);
  };
}

function fakeAnswer(
  status: number,
  body: unknown,
  headers: Record<string, string> | undefined,
): Response {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' || body === undefined ? 'text/plain' : 'application/json';
  const response = new Response(text, { status, headers: { 'content-type': type } });
  for (const [name, value] of Object.entries(headers ?? {})) response.headers.set(name, value);
  return response;
}

// Assigning c.res merges the old response's headers into the new one; clearing it first does not.
function replaceResponse(c: Context, response: Response): void {
  c.res = undefined;
  c.res = response;
}
