// Optional id_tokens: verified (RS256, issuer, audience, expiry), tied to the job token's job, adding claims.
import { createLocalJWKSet, exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IdTokenVerifier } from '../../functions/identity/verify-id-token.js';
import { GITLAB, relayHarness } from './relay-harness.js';

const AUDIENCE = 'https://relay.test';
let keys: { privateKey: CryptoKey; jwk: JWK };
let otherKey: CryptoKey;
let verifier: IdTokenVerifier;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  keys = { privateKey: pair.privateKey, jwk };
  otherKey = (await generateKeyPair('RS256')).privateKey;
  verifier = { keys: createLocalJWKSet({ keys: [jwk] }), issuer: GITLAB, audience: AUDIENCE };
});

function idToken(
  jobId: number,
  claims: Record<string, unknown> = {},
  options: { key?: CryptoKey; aud?: string; exp?: string } = {},
) {
  return new SignJWT({
    job_id: String(jobId),
    project_path: 'demo/app',
    ref_protected: 'true',
    environment: 'production',
    pipeline_source: 'push',
    ...claims,
  })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(GITLAB)
    .setAudience(options.aud ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.exp ?? '5m')
    .sign(options.key ?? keys.privateKey);
}

const PROTECTED_POLICY = JSON.stringify({
  version: 1,
  rules: [
    {
      caller: { projects: ['demo/app'], protectedRef: true, environments: ['production'] },
      allow: ['read'],
      targets: [2],
    },
  ],
});

describe('id_token', () => {
  it('adds the protected-ref and environment claims the job API lacks', async () => {
    const h = relayHarness({ POLICY: PROTECTED_POLICY }, { idTokenVerifier: verifier });
    const response = await h.relay('/-/policy', {
      headers: { 'JOBRELAY-ID-TOKEN': await idToken(h.jobId) },
    });
    expect(await response.json()).toMatchObject({
      caller: { protected_ref: true, environment: 'production', id_token: true },
      grants: [{ allow: ['read'] }],
    });
  });

  it('lets a rule that demands a protected ref match only with a verified id_token', async () => {
    const h = relayHarness({ POLICY: PROTECTED_POLICY }, { idTokenVerifier: verifier });
    expect((await h.relay('/api/v4/projects/2/jobs')).status).toBe(403);
    const withToken = await h.relay('/api/v4/projects/2/jobs', {
      headers: { 'JOBRELAY-ID-TOKEN': await idToken(h.jobId) },
    });
    expect(withToken.status).toBe(200);
  });

  it.each([
    ['expired', async (jobId: number) => idToken(jobId, {}, { exp: '-1m' })],
    [
      'forged (signed with another key)',
      async (jobId: number) => idToken(jobId, {}, { key: otherKey }),
    ],
    [
      'for another audience',
      async (jobId: number) => idToken(jobId, {}, { aud: 'https://elsewhere.test' }),
    ],
    ['for another job', async (jobId: number) => idToken(jobId + 1)],
    [
      'unsigned (alg none)',
      async (jobId: number) =>
        `${btoa('{"alg":"none"}')}.${btoa(JSON.stringify({ job_id: String(jobId) }))}.`,
    ],
  ])('refuses an id_token that is %s with 401', async (_name, make) => {
    const h = relayHarness({}, { idTokenVerifier: verifier });
    const response = await h.relay('/api/v4/projects/2/jobs', {
      headers: { 'JOBRELAY-ID-TOKEN': await make(h.jobId) },
    });
    expect(response.status).toBe(401);
    expect(h.upstream({ path: '/projects/' })).toHaveLength(0);
  });

  it('refuses callers without an id_token when REQUIRE_ID_TOKEN is true', async () => {
    const h = relayHarness({ REQUIRE_ID_TOKEN: 'true' }, { idTokenVerifier: verifier });
    expect((await h.relay('/api/v4/projects/2/jobs')).status).toBe(401);
    expect(h.upstream()).toHaveLength(0);
  });
});
