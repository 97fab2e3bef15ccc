// The relay follows no redirect from GitLab, not even within its origin: a 3xx becomes a 502 that says so.
import { describe, expect, it } from 'vitest';
import type { FetchFunction } from '../../src/gitlab/client.js';
import { GITLAB, relayHarness } from './relay-harness.js';

interface Seen {
  url: string;
  redirect: RequestRedirect | undefined;
}

/** A relay whose GitLab answers `status` with a same-origin Location for requests to `path`. */
function redirectingRelay(path: (h: ReturnType<typeof relayHarness>) => string, status = 302) {
  const seen: Seen[] = [];
  let redirected = '';
  const upstreamFetch: FetchFunction = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    seen.push({ url: url.pathname, redirect: init?.redirect });
    if (url.pathname === redirected) {
      const other = `${GITLAB}/api/v4/projects/2/jobs/${h.deployJob('teardown')}`;
      return Promise.resolve(new Response(null, { status, headers: { location: other } }));
    }
    return h.emulator.fetch(input as never, init);
  };
  const h = relayHarness({}, { upstreamFetch });
  redirected = path(h);
  return { h, seen, redirected };
}

async function expectRedirectRefused(
  response: Response,
  seen: Seen[],
  h: { deployJob(name: string): number },
) {
  expect(response.status).toBe(502);
  expect(response.headers.get('content-type')).toContain('application/json');
  expect(((await response.json()) as { message: string }).message).toMatch(
    /^502 Bad Gateway - .*redirect.*not follow/,
  );
  expect(seen.map((s) => s.url)).not.toContain(
    `/api/v4/projects/2/jobs/${h.deployJob('teardown')}`,
  );
  expect(seen.every((s) => s.redirect === 'manual')).toBe(true);
}

describe('upstream redirects', () => {
  it("does not follow a same-origin redirect of a job read: 502, and the other job's address is never asked", async () => {
    const { h, seen } = redirectingRelay((h) => `/api/v4/projects/2/jobs/${h.deployJob('build')}`);
    const response = await h.relay(`/api/v4/projects/2/jobs/${h.deployJob('build')}`);
    await expectRedirectRefused(response, seen, h);
  });

  it('does not follow a redirect of a log', async () => {
    const { h, seen } = redirectingRelay(
      (h) => `/api/v4/projects/2/jobs/${h.deployJob('build')}/trace`,
    );
    const response = await h.relay(`/api/v4/projects/2/jobs/${h.deployJob('build')}/trace`);
    await expectRedirectRefused(response, seen, h);
  });

  it('does not follow a 307 of a play', async () => {
    const { h, seen } = redirectingRelay(
      (h) => `/api/v4/projects/demo%2Fdeploy/jobs/${h.deployJob('deploy-staging')}/play`,
      307,
    );
    const response = await h.relay(
      `/api/v4/projects/demo%2Fdeploy/jobs/${h.deployJob('deploy-staging')}/play`,
      { method: 'POST' },
    );
    await expectRedirectRefused(response, seen, h);
  });

  it('does not follow a redirect of the identity check (GET /job)', async () => {
    const { h, seen } = redirectingRelay(() => '/api/v4/job');
    const response = await h.relay('/api/v4/projects/2/jobs');
    expect(response.status).toBe(502);
    expect(((await response.json()) as { message: string }).message).toContain('redirect');
    expect(seen.map((s) => s.url)).toEqual(['/api/v4/job']);
    expect(seen.every((s) => s.redirect === 'manual')).toBe(true);
  });

  it("does not follow a redirect of GET /job relayed with the caller's token", async () => {
    const { h, seen } = redirectingRelay(() => '/api/v4/job/allowed_agents');
    const response = await h.relay('/api/v4/job/allowed_agents');
    await expectRedirectRefused(response, seen, h);
  });
});
