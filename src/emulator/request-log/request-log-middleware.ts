// Logs every API request (token fingerprints only) and hands its credential to the next steps.
import type { MiddlewareHandler } from 'hono';
import { authKindOf } from '../auth/authenticate.js';
import { extractCredential, TOKEN_QUERY_PARAMS } from '../auth/extract-credential.js';
import { requestTokenFingerprint } from '../auth/request-token-fingerprint.js';
import type { ApiEnv, EmulatorRuntime } from '../emulator-runtime.js';
import { faultSignalOf } from '../faults/fault-signal.js';

/** Middleware recording each request in the runtime's request log. */
export function requestLogMiddleware(runtime: EmulatorRuntime): MiddlewareHandler<ApiEnv> {
  return async function logRequest(c, next) {
    // Read before any await: a delay fault counts from the moment the request arrived.
    const arrivedAt = runtime.clock.now();
    c.set('arrivedAt', arrivedAt);
    const url = new URL(c.req.url);
    const credential = extractCredential(c.req.raw);
    const fingerprint = credential.token ? await requestTokenFingerprint(credential.token) : null;
    const entry = runtime.requestLog.record({
      at: new Date(arrivedAt).toISOString(),
      method: c.req.method,
      path: url.pathname,
      query: redactedQuery(url.searchParams),
      status: null,
      authKind: authKindOf(runtime.state, credential),
      tokenFingerprint: fingerprint,
      tokenInQuery: credential.tokenInQuery,
      fault: null,
      applied: false,
    });
    c.set('credential', credential);
    c.set('logEntry', entry);
    c.set('caller', fingerprint ?? 'anonymous');
    await next();
    const signal = faultSignalOf(c.res);
    entry.status = signal === 'refuse' || signal === 'reset' ? null : c.res.status;
  };
}

function redactedQuery(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, raw] of params) {
    const value = TOKEN_QUERY_PARAMS.has(key) ? '[REDACTED]' : raw;
    const existing = query[key];
    query[key] =
      existing === undefined
        ? value
        : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return query;
}
