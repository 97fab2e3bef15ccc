// Verifies a GitLab CI id_token (OIDC JWT, RS256) and reads the claims the Jobs API does not give.
import { createRemoteJWKSet, customFetch, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { FetchFunction } from '../../src/gitlab/client.js';

/** The id_token claims the relay uses (GitLab sends them as strings). */
export interface IdTokenClaims {
  jobId: number;
  projectPath: string | undefined;
  protectedRef: boolean | undefined;
  environment: string | undefined;
  pipelineSource: string | undefined;
  ref: string | undefined;
}

/** Where keys come from and what the token must say of itself. */
export interface IdTokenVerifier {
  keys: JWTVerifyGetKey;
  /** The GitLab instance URL, GitLab's `iss`. */
  issuer: string;
  /** The relay's own URL, which the job asked GitLab to put in `aud`. */
  audience: string;
}

/** A verifier fetching GitLab's keys from `<instance>/oauth/discovery/keys`, cached by jose. */
export function remoteIdTokenVerifier(
  instanceUrl: string,
  audience: string,
  fetch: FetchFunction,
): IdTokenVerifier {
  const issuer = instanceUrl.replace(/\/+$/, '');
  const keys = createRemoteJWKSet(new URL(`${issuer}/oauth/discovery/keys`), {
    [customFetch]: (url, options) => fetch(url, options as RequestInit),
  });
  return { keys, issuer, audience };
}

/** Verifies signature (RS256 only), issuer, audience and expiry; throws on any failure. */
export async function verifyIdToken(
  token: string,
  verifier: IdTokenVerifier,
): Promise<IdTokenClaims> {
  const { payload } = await jwtVerify(token, verifier.keys, {
    issuer: verifier.issuer,
    audience: verifier.audience,
    algorithms: ['RS256'],
    clockTolerance: 5,
  });
  const text = (name: string) =>
    typeof payload[name] === 'string' ? (payload[name] as string) : undefined;
  const jobId = Number(text('job_id') ?? payload.job_id);
  if (!Number.isSafeInteger(jobId) || jobId <= 0)
    throw new Error('the id_token has no job_id claim');
  const protectedRef = text('ref_protected');
  return {
    jobId,
    projectPath: text('project_path'),
    protectedRef: protectedRef === undefined ? undefined : protectedRef === 'true',
    environment: text('environment'),
    pipelineSource: text('pipeline_source'),
    ref: text('ref'),
  };
}
