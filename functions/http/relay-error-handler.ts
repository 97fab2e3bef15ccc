// The app's error handler: a failure of the call to GitLab becomes GitLab's answer or a 502/504, a held budget a 429; anything else a logged 500.
import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { RelayLog } from '../log/relay-log.js';
import type { RelayAppEnv } from '../relay-app-env.js';
import { BudgetHeldError } from '../upstream/budget-held-error.js';
import { gitlabErrorResponse } from './gitlab-error-response.js';
import { upstreamErrorResponse } from './upstream-error-response.js';

/** Options of `relayErrorHandler`. */
export interface RelayErrorHandlerOptions {
  log: RelayLog;
}

/** For `app.onError`: turns what a middleware or route threw into the relay's answer. */
export function relayErrorHandler(options: RelayErrorHandlerOptions): ErrorHandler<RelayAppEnv> {
  return function relayErrorHandler(error) {
    if (error instanceof BudgetHeldError) {
      options.log({ event: 'budget-held', retryAfter: error.retryAfterSeconds });
      return gitlabErrorResponse(
        429,
        "the relay's GitLab rate limit is nearly spent, so it holds every caller back (jobrelay)",
        { 'retry-after': String(error.retryAfterSeconds) },
      );
    }
    const upstream = upstreamErrorResponse(error);
    if (upstream) return upstream;
    if (error instanceof HTTPException) return error.getResponse();
    // Only the error's class: its message could quote anything the request carried.
    options.log({ event: 'internal-error', error: error.name });
    return gitlabErrorResponse(500, 'the relay failed; see its log (jobrelay)');
  };
}
