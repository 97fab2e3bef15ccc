// The attack suite: each trick is refused and nothing reaches GitLab with the relay's service token.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenFingerprint } from '../../functions/identity/token-fingerprint.js';
import { createRelayApp, MAX_BODY_BYTES } from '../../functions/relay-app.js';
import { GITLAB, RELAY_SCENARIO, relayHarness } from './relay-harness.js';

const SERVICE_TOKEN = 'glpat-relayservicetoken01';

/**
 * `request` as it arrives with `value` (raw bytes, possibly not ASCII) in header `name`. Set through
 * a Proxy: building a Headers with a non-ASCII value makes workerd print it, which a test must not do.
 */
function withRawHeader(request: Request, name: string, value: string): Request {
  const bind = <T extends object>(target: T, prop: string | symbol) => {
    const member = Reflect.get(target, prop, target);
    return typeof member === 'function' ? member.bind(target) : member;
  };
  const headers = new Proxy(request.headers, {
    get(target, prop) {
      if (prop === 'get')
        return (key: string) => (key.toLowerCase() === name ? value : target.get(key));
      if (prop === 'has') return (key: string) => key.toLowerCase() === name || target.has(key);
      return bind(target, prop);
    },
  });
  return new Proxy(request, {
    get: (target, prop) => (prop === 'headers' ? headers : bind(target, prop)),
  });
}

async function serviceCalls(h: ReturnType<typeof relayHarness>) {
  const fingerprint = (await tokenFingerprint(SERVICE_TOKEN)).slice(0, 12);
  return h.upstream().filter((r) => r.tokenFingerprint === fingerprint);
}

describe('path tricks (property-based)', () => {
  const pieces = [
    'demo',
    'deploy',
    'other',
    'secret',
    '2',
    '3',
    '..',
    '.',
    '%2F',
    '%2f',
    '%252F',
    '%2e%2e',
    '%2E',
    '%5C',
    '\\',
    '/',
    '%00',
    '%',
    '%25',
    'a%2Fb',
    ';',
    '?',
    '#',
  ];
  const segment = fc
    .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 })
    .map((parts) => parts.join(''));

  it("never lets a project segment reach anything but an allowed project's own route", async () => {
    // Every read its own request, so each allowed one shows upstream.
    const h = relayHarness({ SHARE_READS_MS: '0' });
    const allowedPaths = ['/api/v4/projects/demo%2Fdeploy/jobs', '/api/v4/projects/2/jobs'];
    await fc.assert(
      fc.asyncProperty(segment, async (raw) => {
        const before = (await serviceCalls(h)).length;
        const response = await h.relay(`/api/v4/projects/${raw}/jobs`);
        const calls = (await serviceCalls(h)).slice(before);
        if (response.status === 200) {
          expect(calls).toHaveLength(1);
          expect(allowedPaths).toContain(calls[0]?.path);
        } else {
          expect([400, 403, 404, 405]).toContain(response.status);
          expect(calls).toHaveLength(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    '/api/v4/projects/demo%252Fdeploy/jobs',
    '/api/v4/projects/demo%2F..%2Fother%2Fsecret/jobs',
    '/api/v4/projects/demo%2F%2e%2e%2Fother%2Fsecret/jobs',
    '/api/v4/projects/other%2Fsecret%2F..%2F..%2Fdemo%2Fdeploy/jobs',
    '/api/v4/projects/demo%5Cdeploy/jobs',
    '/api/v4/projects/demo%2fdeploy%2f/jobs',
    '/api/v4/projects/%2e%2e/jobs',
    '/api/v4/projects/demo/deploy/jobs',
  ])('refuses %s without calling GitLab', async (path) => {
    const h = relayHarness();
    const response = await h.relay(path);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await serviceCalls(h)).toHaveLength(0);
  });

  it('accepts a mixed-case %2f once, as the same project', async () => {
    const h = relayHarness();
    const response = await h.relay('/api/v4/projects/demo%2fdeploy/jobs');
    expect(response.status).toBe(200);
    expect((await serviceCalls(h)).map((c) => c.path)).toEqual([
      '/api/v4/projects/demo%2Fdeploy/jobs',
    ]);
  });
});

describe('token tricks', () => {
  it.each(['job_token', 'private_token', 'access_token', 'JOB_TOKEN'])(
    'refuses a token in the query (%s), asking GitLab nothing',
    async (name) => {
      const h = relayHarness();
      const response = await h.relay(`/api/v4/projects/2/jobs?${name}=${h.jobToken}`, {
        token: null,
      });
      expect(response.status).toBe(401);
      expect(h.upstream()).toHaveLength(0);
    },
  );

  it('refuses a personal token sent as PRIVATE-TOKEN', async () => {
    const h = relayHarness();
    const response = await h.relay('/api/v4/projects/2/jobs', {
      token: null,
      headers: { 'PRIVATE-TOKEN': 'glpat-relaydevelopertoken' },
    });
    expect(response.status).toBe(401);
    expect(h.upstream()).toHaveLength(0);
  });

  it('refuses a glpat- personal token posing as a job token without asking GitLab', async () => {
    const h = relayHarness();
    const response = await h.relay('/api/v4/projects/2/jobs', {
      token: 'glpat-relaydevelopertoken',
    });
    expect(response.status).toBe(401);
    expect(h.upstream()).toHaveLength(0);
  });

  it.each([
    [
      'as a Bearer token (GitLab answers 404 to GET /job)',
      { Authorization: 'Bearer legacy-personal-token-0001' },
      'not a CI job token',
    ],
    [
      'in JOB-TOKEN (GitLab answers 401)',
      { 'JOB-TOKEN': 'legacy-personal-token-0001' },
      'not valid',
    ],
  ])(
    'refuses an unprefixed personal token posing as a job token %s',
    async (_how, headers, message) => {
      const scenario = structuredClone(RELAY_SCENARIO);
      scenario.users[1] = { username: 'dev', token: 'legacy-personal-token-0001' };
      const h = relayHarness({}, {}, scenario);
      const response = await h.relay('/api/v4/projects/2/jobs', { token: null, headers });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { message: string }).message).toContain(message);
      expect(await serviceCalls(h)).toHaveLength(0);
    },
  );

  it('refuses a dead job token', async () => {
    const h = relayHarness();
    h.emulator.advance(2 * 60 * 60 * 1000);
    const response = await h.relay('/api/v4/projects/2/jobs');
    expect(response.status).toBe(401);
    expect(await serviceCalls(h)).toHaveLength(0);
  });

  describe.each([
    ['job-token', (token: string) => token],
    ['authorization', (token: string) => `Bearer ${token}`],
  ])('a malformed job token in %s', (header, value) => {
    it.each([
      ['a non-ASCII byte', 'glcbt-64_0123456789\u00e9abcdef0123'],
      ['a control character', 'glcbt-64_0123456789\u0001abcdef0123'],
      ['a DEL character', 'glcbt-64_0123456789\u007fabcdef0123'],
      ['an absurd length', `glcbt-64_${'a'.repeat(3000)}`],
    ])(
      'with %s is refused with 401 before any upstream request, and never logged',
      async (_what, token) => {
        const h = relayHarness();
        const logs: unknown[] = [];
        const app = createRelayApp({
          upstreamFetch: h.emulator.fetch,
          log: (line) => logs.push(line),
        });
        const request = withRawHeader(
          new Request('https://relay.test/api/v4/projects/2/jobs'),
          header,
          value(token),
        );
        const response = await app.request(request, undefined, h.env);
        expect(response.status).toBe(401);
        const body = await response.text();
        expect(JSON.parse(body)).toEqual({
          message: expect.stringMatching(
            /^401 Unauthorized - the job token is malformed: .*printable ASCII/,
          ),
        });
        expect(body.includes(token)).toBe(false);
        expect(h.upstream()).toHaveLength(0);
        expect(JSON.stringify(logs).includes(token)).toBe(false);
        expect(logs).toEqual([expect.objectContaining({ event: 'refused' })]);
      },
    );
  });

  it('refuses an id_token header that is not a compact JWT before any upstream request', async () => {
    const h = relayHarness();
    const idToken = `eyJhbGciOiJSUzI1NiJ9.${'x'.repeat(10)}`;
    const response = await h.relay('/api/v4/projects/2/jobs', {
      headers: { 'JOBRELAY-ID-TOKEN': idToken },
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { message: string }).message).toContain('id_token');
    expect(h.upstream()).toHaveLength(0);
    expect(JSON.stringify(h.logs).includes(idToken)).toBe(false);
  });

  it('refuses a token sent twice (JOB-TOKEN and Authorization)', async () => {
    const h = relayHarness();
    const response = await h.relay('/api/v4/projects/2/jobs', {
      headers: { 'JOB-TOKEN': h.jobToken, Authorization: `Bearer ${h.jobToken}` },
    });
    expect(response.status).toBe(401);
    expect(h.upstream()).toHaveLength(0);
  });

  it.each(['Bearer a b', 'Basic abc', `Bearer ${'x'.repeat(5000)}`])(
    'refuses a malformed Authorization header: %s',
    async (value) => {
      const h = relayHarness();
      const response = await h.relay('/api/v4/projects/2/jobs', {
        token: null,
        headers: { Authorization: value.slice(0, 5100) },
      });
      expect(response.status).toBe(401);
      expect(h.upstream()).toHaveLength(0);
    },
  );
});

describe('header and body tricks', () => {
  it('ignores Host and X-Forwarded-* headers: every upstream request goes to the configured GitLab', async () => {
    const seen: string[] = [];
    const h = relayHarness();
    const { createRelayApp } = await import('../../functions/relay-app.js');
    const app = createRelayApp({
      upstreamFetch: (input, init) => {
        seen.push(new URL(String(input instanceof Request ? input.url : input)).origin);
        return h.emulator.fetch(input as never, init);
      },
      log: () => undefined,
    });
    const response = await app.request(
      'https://relay.test/api/v4/projects/2/jobs',
      {
        headers: {
          'JOB-TOKEN': h.jobToken,
          'X-Forwarded-Host': 'evil.test',
          Host: 'evil.test',
          Forwarded: 'host=evil.test',
        },
      },
      h.env,
    );
    expect(response.status).toBe(200);
    expect(new Set(seen)).toEqual(new Set([GITLAB]));
  });

  it("does not forward the caller's headers to GitLab", async () => {
    const forwarded: Headers[] = [];
    const h = relayHarness();
    const { createRelayApp } = await import('../../functions/relay-app.js');
    const app = createRelayApp({
      upstreamFetch: (input, init) => {
        forwarded.push(new Headers(init?.headers));
        return h.emulator.fetch(input as never, init);
      },
      log: () => undefined,
    });
    const response = await app.request(
      'https://relay.test/api/v4/projects/2/jobs',
      { headers: { 'JOB-TOKEN': h.jobToken, 'X-Sudo': 'root', Sudo: '1' } },
      h.env,
    );
    expect(response.status).toBe(200);
    // The identity check and the list: a loop over nothing would pass whatever the relay forwarded.
    expect(forwarded.length).toBeGreaterThanOrEqual(2);
    for (const headers of forwarded) {
      expect(headers.get('sudo')).toBeNull();
      expect(headers.get('x-sudo')).toBeNull();
    }
  });

  it('refuses an oversized body with 413 before anything reaches GitLab', async () => {
    const h = relayHarness();
    const body = JSON.stringify({
      job_variables_attributes: [{ key: 'TARGET', value: 'x'.repeat(MAX_BODY_BYTES) }],
    });
    const response = await h.relay(
      `/api/v4/projects/demo%2Fdeploy/jobs/${h.deployJob('deploy-staging')}/play`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
        body,
      },
    );
    expect(response.status).toBe(413);
    expect(h.upstream()).toHaveLength(0);
  });

  it('refuses a play variable outside the policy, with no POST upstream', async () => {
    const h = relayHarness();
    const response = await h.relay(
      `/api/v4/projects/demo%2Fdeploy/jobs/${h.deployJob('deploy-staging')}/play`,
      {
        method: 'POST',
        body: 'job_variables_attributes[][key]=TARGET&job_variables_attributes[][value]=a&job_variables_attributes[][key]=SECRET_OVERRIDE&job_variables_attributes[][value]=b',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
    );
    expect(response.status).toBe(403);
    expect(h.upstream({ method: 'POST' })).toHaveLength(0);
  });

  it('sets secure headers on every answer', async () => {
    const h = relayHarness();
    const response = await h.relay('/api/v4/projects/3/jobs');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});
