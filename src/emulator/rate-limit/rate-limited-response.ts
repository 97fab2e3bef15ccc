// GitLab's two 429 answers: Rack::Attack's throttle, and an endpoint's application limit.
import { jsonResponse } from '../http/api-error.js';
import type { RateLimitHit } from './rate-limiter.js';

/** Rack::Attack's answer: plain "Retry later" with Retry-After and the RateLimit-* headers. */
export function throttledResponse(hit: RateLimitHit, now: number): Response {
  const resetSeconds = Math.ceil(hit.resetAt / 1000);
  return new Response('Retry later\n', {
    status: 429,
    headers: {
      'content-type': 'text/plain',
      'retry-after': String(Math.max(1, Math.ceil((hit.resetAt - now) / 1000))),
      'ratelimit-name': 'throttle_authenticated_api',
      'ratelimit-limit': String(hit.rule.limit),
      'ratelimit-observed': String(hit.observed),
      'ratelimit-remaining': '0',
      'ratelimit-reset': String(resetSeconds),
      'ratelimit-resettime': new Date(resetSeconds * 1000).toUTCString(),
    },
  });
}

/** An endpoint's check_rate_limit! answer: a JSON message object and no rate limit headers. */
export function applicationLimitedResponse(): Response {
  return jsonResponse(
    { message: { error: 'This endpoint has been requested too many times. Try again later.' } },
    429,
  );
}
