// A view of a client that sends none of its own credential headers, for the routes that authenticate by a token in the body.
import type { GitLabClient } from '../client.js';
import { isCredentialHeader } from '../credential-headers.js';

/**
 * The same client (address, fetch, timeouts, retries, redaction) without its credential headers:
 * `POST /projects/:id/trigger/pipeline` authenticates by the `token` in its body alone
 * (lib/api/ci/triggers.rb reads `params[:token]`; `find_project` checks no user), so the
 * client's own token must not travel with it.
 */
export function withoutCredentials(client: GitLabClient): GitLabClient {
  return {
    apiUrl: client.apiUrl,
    tokenType: client.tokenType,
    timeoutMs: client.timeoutMs,
    retry: client.retry,
    fetch: client.fetch,
    redirects: client.redirects ?? 'same-origin',
    authHeaders: () =>
      Object.fromEntries(
        Object.entries(client.authHeaders()).filter(([name]) => !isCredentialHeader(name)),
      ),
    redact: (text) => client.redact(text),
    addSecret: (secret) => client.addSecret(secret),
  };
}
