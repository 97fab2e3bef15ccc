// Middleware: takes the CI job token and the optional id_token from the headers, refusing any other way of sending them.
import type { MiddlewareHandler } from 'hono';
import { gitlabErrorResponse } from '../http/gitlab-error-response.js';
import { extractJobToken } from '../identity/extract-job-token.js';
import { readIdToken } from '../identity/read-id-token.js';
import type { RelayLog } from '../log/relay-log.js';
import type { RelayAppEnv } from '../relay-app-env.js';

/** Options of `readCallerTokens`. */
export interface ReadCallerTokensOptions {
  log: RelayLog;
}

/**
 * Sets `c.get('callerToken')` and `c.get('idToken')`; refuses with 401 before GitLab is asked anything
 * (tokens in the URL, PRIVATE-TOKEN, non-job or malformed tokens). The reason is logged, never the header.
 */
export function readCallerTokens(options: ReadCallerTokensOptions): MiddlewareHandler<RelayAppEnv> {
  return async function readCallerTokens(c, next) {
    const request = c.req.raw;
    const refuse = (reason: string) => {
      options.log({
        event: 'refused',
        reason,
        method: request.method,
        path: new URL(request.url).pathname,
      });
      return gitlabErrorResponse(401, reason);
    };
    const extracted = extractJobToken(request);
    if ('refusal' in extracted) return refuse(extracted.refusal);
    const idToken = readIdToken(request);
    if ('refusal' in idToken) return refuse(idToken.refusal);
    c.set('callerToken', extracted);
    c.set('idToken', idToken.idToken);
    await next();
  };
}
