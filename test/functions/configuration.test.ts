// A misconfigured relay: every token-bearing request refused with 503, the reason logged once, the open endpoints still answering.
import { describe, expect, it } from 'vitest';
import { relayHarness } from './relay-harness.js';

const MISCONFIGURED = {
  message: '503 Service Unavailable - the relay is misconfigured; see its log (jobrelay)',
};

describe('a misconfigured relay', () => {
  it('refuses with a GitLab-shaped 503 and logs the exact problem once, not once per request', async () => {
    const h = relayHarness({ GITLAB_TOKEN: '' });
    const first = await h.relay('/api/v4/projects/2/jobs');
    expect(first.status).toBe(503);
    expect(await first.json()).toEqual(MISCONFIGURED);
    expect((await h.relay('/api/v4/projects/2/jobs')).status).toBe(503);
    expect((await h.relay('/-/policy')).status).toBe(503);
    expect(h.logs).toEqual([
      { event: 'config-invalid', problem: 'GITLAB_TOKEN (secret) is not set' },
    ]);
    expect(h.upstream()).toHaveLength(0);
  });

  it('names the field of an invalid policy in the log, and never the service token', async () => {
    const POLICY = JSON.stringify({
      version: 1,
      rules: [{ caller: { projects: ['demo/app'] }, allow: ['explode'], targets: [2] }],
    });
    const h = relayHarness({ POLICY });
    expect((await h.relay('/api/v4/job')).status).toBe(503);
    expect(h.logs).toEqual([
      {
        event: 'config-invalid',
        problem:
          'the policy is invalid at rules[0].allow[0]: an operation is one of read, trace, play, retry, cancel, erase, pipeline, artifacts',
      },
    ]);
    expect(JSON.stringify(h.logs)).not.toContain('glpat-relayservicetoken01');
  });

  it('says it is misconfigured on /-/health with 503, and ok with 200 once it is not', async () => {
    const bad = await relayHarness({ GITLAB_URL: '' }).relay('/-/health', { token: null });
    expect(bad.status).toBe(503);
    expect(await bad.json()).toEqual({ status: 'misconfigured' });
    const good = await relayHarness().relay('/-/health', { token: null });
    expect(good.status).toBe(200);
    expect(await good.json()).toEqual({ status: 'ok' });
  });

  it('still describes itself on /-/openapi.json, relative to where it was fetched', async () => {
    const h = relayHarness({ GITLAB_URL: '' });
    const response = await h.relay('/-/openapi.json', { token: null });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { servers: unknown }).servers).toEqual([{ url: '/' }]);
  });
});

describe('/-/openapi.json', () => {
  it('names the configured public URL as its server, never the Host it was asked on', async () => {
    const h = relayHarness({ RELAY_PUBLIC_URL: 'https://relay.example.com/' });
    const response = await h.relay('/-/openapi.json', {
      token: null,
      headers: { Host: 'evil.test' },
    });
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(((await response.json()) as { servers: unknown }).servers).toEqual([
      { url: 'https://relay.example.com' },
    ]);
  });

  it('is relative without a public URL', async () => {
    const response = await relayHarness().relay('/-/openapi.json', { token: null });
    expect(((await response.json()) as { servers: unknown }).servers).toEqual([{ url: '/' }]);
  });
});
