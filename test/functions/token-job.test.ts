// GET /job and /job/allowed_agents: asked of GitLab with the caller's own token, in the header it came in, never the service token.
import { describe, expect, it } from 'vitest';
import type { FetchFunction } from '../../src/gitlab/client.js';
import { type Harness, relayHarness } from './relay-harness.js';

/** A relay that records which credential header each upstream call carried (names only, never values). */
function recordingRelay() {
  const calls: { path: string; credential: string }[] = [];
  let harness: Harness | undefined;
  const upstreamFetch: FetchFunction = (input, init) => {
    const request = new Request(input as never, init);
    const headers = request.headers;
    const credential = headers.has('job-token')
      ? 'job-token'
      : headers.has('private-token')
        ? 'private-token'
        : /^Bearer /i.test(headers.get('authorization') ?? '')
          ? 'bearer'
          : 'none';
    calls.push({ path: new URL(request.url).pathname, credential });
    return harness?.emulator.fetch(request) as Promise<Response>;
  };
  harness = relayHarness({}, { upstreamFetch });
  return { h: harness, calls };
}

describe.each([
  ['/api/v4/job', 'the caller’s job'],
  ['/api/v4/job/allowed_agents', 'the caller’s allowed agents'],
])('GET %s (%s)', (path) => {
  it('asks GitLab with the caller’s token in JOB-TOKEN when it came in JOB-TOKEN', async () => {
    const { h, calls } = recordingRelay();
    const response = await h.relay(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(calls.filter((c) => c.path === path).at(-1)).toEqual({ path, credential: 'job-token' });
  });

  it('asks GitLab with the caller’s token as a Bearer when it came as a Bearer', async () => {
    const { h, calls } = recordingRelay();
    const response = await h.relay(path, {
      token: null,
      headers: { authorization: `Bearer ${h.jobToken}` },
    });
    expect(response.status).toBe(200);
    expect(calls.filter((c) => c.path === path).at(-1)).toEqual({ path, credential: 'bearer' });
    expect(calls.map((c) => c.credential)).not.toContain('private-token');
  });
});
