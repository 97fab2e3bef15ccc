// A client whose fetch follows an artifact download's redirect to object storage, without any credential.
import type { FetchFunction, GitLabClient } from '../client.js';
import { withoutCredentialHeaders } from '../credential-headers.js';
import { GitLabHttpError } from '../errors/gitlab-http-error.js';

/** Hops an artifact download follows at most (GitLab's one to object storage, and a CDN's). */
export const MAX_ARTIFACT_REDIRECTS = 3;

/**
 * `client`, with a fetch that follows the redirects of an artifact download itself: GitLab answers
 * these with 302 to a signed URL on object storage (present_carrierwave_file!, lib/api/helpers.rb),
 * which is another origin. Hops go only to https (or to http when the client's own URL is http, as
 * an emulator's is), at most three, and once a hop leaves GitLab's origin no request carries
 * PRIVATE-TOKEN, JOB-TOKEN, Authorization or a cookie again. With `redirects: 'none'` it follows
 * nothing (the core then refuses the 3xx).
 */
export function artifactRedirectClient(client: GitLabClient): GitLabClient {
  if (client.redirects === 'none') return client;
  const home = new URL(client.apiUrl);
  const fetchFollowing: FetchFunction = async (input, init = {}) => {
    let target = new URL(input instanceof Request ? input.url : String(input));
    let headers = new Headers(init.headers);
    let response = await client.fetch(target.href, { ...init, redirect: 'manual' });
    for (let hop = 0; ; hop++) {
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return response;
      const next = new URL(location, target);
      const shown = `${next.origin}${next.pathname}`;
      const problem =
        hop >= MAX_ARTIFACT_REDIRECTS
          ? `redirected more than ${MAX_ARTIFACT_REDIRECTS} times (last to ${shown})`
          : next.protocol === 'https:' || (next.protocol === 'http:' && home.protocol === 'http:')
            ? undefined
            : `redirected to ${shown}; an artifact download follows only https redirects`;
      if (problem) {
        await response.body?.cancel();
        throw new GitLabHttpError({
          status: response.status,
          statusText: response.statusText,
          method: 'GET',
          path: `${target.pathname}${target.search}`,
          gitlabMessage: client.redact(problem),
        });
      }
      await response.body?.cancel();
      if (next.origin !== home.origin) headers = withoutCredentialHeaders(headers);
      target = next;
      response = await client.fetch(target.href, {
        method: 'GET',
        headers,
        signal: init.signal ?? null,
        redirect: 'manual',
        credentials: 'omit',
      });
    }
  };
  return {
    apiUrl: client.apiUrl,
    tokenType: client.tokenType,
    timeoutMs: client.timeoutMs,
    retry: client.retry,
    redirects: client.redirects,
    fetch: fetchFollowing,
    authHeaders: () => client.authHeaders(),
    redact: (text) => client.redact(text),
    addSecret: (secret) => client.addSecret(secret),
  };
}
