// The relay's fetch to GitLab: whoever calls it (the core, jose), a redirect is never followed.
import type { FetchFunction } from '../../src/gitlab/client.js';

/** Wraps `fetch` so every call uses `redirect: 'manual'`: a 3xx comes back as it is, unfollowed. */
export function manualRedirectFetch(fetch: FetchFunction): FetchFunction {
  return (input, init) => fetch(input, { ...init, redirect: 'manual' });
}
