// verifyIdToken: the claims read from a verified id_token (strings only), the job_id rule, and the remote key set.
import { createLocalJWKSet, exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type IdTokenVerifier,
  remoteIdTokenVerifier,
  verifyIdToken,
} from '../../functions/identity/verify-id-token.js';

const ISSUER = 'http://gitlab.test';
const AUDIENCE = 'https://relay.test';
let privateKey: CryptoKey;
let jwk: JWK;
let verifier: IdTokenVerifier;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  privateKey = pair.privateKey;
  jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  verifier = { keys: createLocalJWKSet({ keys: [jwk] }), issuer: ISSUER, audience: AUDIENCE };
});

function sign(claims: Record<string, unknown>) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(privateKey);
}

const NO_JOB_ID = 'the id_token has no job_id claim';

describe('verifyIdToken', () => {
  it("reads GitLab's claims: job, project, protected ref, environment, source and ref", async () => {
    const token = await sign({
      job_id: '105',
      project_path: 'demo/app',
      ref_protected: 'true',
      environment: 'production',
      pipeline_source: 'push',
      ref: 'main',
    });
    expect(await verifyIdToken(token, verifier)).toEqual({
      jobId: 105,
      projectPath: 'demo/app',
      protectedRef: true,
      environment: 'production',
      pipelineSource: 'push',
      ref: 'main',
    });
  });

  it('reads ref_protected "false" as false and a missing one as unknown', async () => {
    const unprotected = await sign({ job_id: '105', ref_protected: 'false' });
    expect((await verifyIdToken(unprotected, verifier)).protectedRef).toBe(false);
    const unknown = await sign({ job_id: '105' });
    expect(await verifyIdToken(unknown, verifier)).toEqual({
      jobId: 105,
      projectPath: undefined,
      protectedRef: undefined,
      environment: undefined,
      pipelineSource: undefined,
      ref: undefined,
    });
  });

  it('ignores claims that are not strings, as GitLab never sends them so', async () => {
    const token = await sign({
      job_id: '105',
      project_path: ['demo/app'],
      ref_protected: true,
      environment: 1,
      pipeline_source: null,
      ref: { name: 'main' },
    });
    expect(await verifyIdToken(token, verifier)).toMatchObject({
      projectPath: undefined,
      protectedRef: undefined,
      environment: undefined,
      pipelineSource: undefined,
      ref: undefined,
    });
  });

  it('accepts a job_id sent as a number', async () => {
    const token = await sign({ job_id: 105 });
    expect((await verifyIdToken(token, verifier)).jobId).toBe(105);
  });

  it.each([
    ['missing', {}],
    ['not a number', { job_id: 'abc' }],
    ['zero', { job_id: '0' }],
    ['negative', { job_id: '-4' }],
    ['fractional', { job_id: '1.5' }],
    ['beyond safe integers', { job_id: '9007199254740993' }],
  ])('refuses an id_token whose job_id is %s', async (_what, claims) => {
    await expect(verifyIdToken(await sign(claims), verifier)).rejects.toThrow(NO_JOB_ID);
  });
});

describe('remoteIdTokenVerifier', () => {
  it("fetches the instance's keys from /oauth/discovery/keys and expects the instance as issuer", async () => {
    const asked: string[] = [];
    const remote = remoteIdTokenVerifier(`${ISSUER}//`, AUDIENCE, async (input) => {
      asked.push(String(input instanceof Request ? input.url : input));
      return Response.json({ keys: [jwk] });
    });
    expect(remote).toMatchObject({ issuer: ISSUER, audience: AUDIENCE });
    const claims = await verifyIdToken(await sign({ job_id: '105' }), remote);
    expect(claims.jobId).toBe(105);
    expect(asked).toEqual([`${ISSUER}/oauth/discovery/keys`]);
  });
});
