// The relay's answer carrying GitLab's body on as it came: status 200, GitLab's content type and length.
import type { UpstreamAnswer } from './upstream-answer.js';

/** A 200 streaming `answer`'s body untouched, with its `content-type` (else `fallbackType`) and `content-length`. */
export function relayedResponse(
  answer: UpstreamAnswer,
  fallbackType: string,
  extraHeaders?: Headers,
): Response {
  const headers = extraHeaders ?? new Headers();
  headers.set('content-type', answer.headers.get('content-type') ?? fallbackType);
  if (answer.length !== undefined) headers.set('content-length', String(answer.length));
  return new Response(answer.body(), { status: 200, headers });
}
