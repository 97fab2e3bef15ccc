// The service client for one artifact download: its token goes only to the URL the policy checked, never along a redirect.

import type { FetchFunction, GitLabClient } from '../../src/gitlab/client.js';
import { withoutCredentialHeaders } from '../../src/gitlab/credential-headers.js';

/**
 * A view of the relay's service client (which follows no redirect) for ONE artifact download:
 * it lets the core's artifact openers follow GitLab's 302 to object storage
 * (`present_carrierwave_file!`, lib/api/helpers.rb), and its fetch sends the service token only
 * to the first URL it is asked for (the download the policy decided on, retries included). Every
 * other URL (a redirect hop, on GitLab's origin or any other) goes without PRIVATE-TOKEN,
 * JOB-TOKEN, Authorization or cookies, so no redirect can spend the token on another job.
 */
export function artifactDownloadClient(client: GitLabClient): GitLabClient {
  let checked: string | undefined;
  const fetch: FetchFunction = (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    checked ??= url.href;
    if (url.href === checked) return client.fetch(url.href, init);
    const headers = withoutCredentialHeaders(new Headers(init.headers));
    return client.fetch(url.href, { ...init, headers, credentials: 'omit' });
  };
  return {
    apiUrl: client.apiUrl,
    tokenType: client.tokenType,
    timeoutMs: client.timeoutMs,
    retry: client.retry,
    redirects: 'same-origin',
    fetch,
    authHeaders: () => client.authHeaders(),
    redact: (text) => client.redact(text),
    addSecret: (secret) => client.addSecret(secret),
  };
}
