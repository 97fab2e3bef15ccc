// Finds the token a request carries, where GitLab looks for one, in GitLab's order of precedence.

/** Where a token came from: a header, or a query parameter (which ends up in logs). */
export type CredentialSource =
  | 'PRIVATE-TOKEN'
  | 'Authorization'
  | 'JOB-TOKEN'
  | 'private_token'
  | 'access_token'
  | 'job_token'
  | 'token';

/** The token a request presents, if any, and whether any token travelled in its query string. */
export interface Credential {
  token: string | null;
  source: CredentialSource | null;
  /** True when the URL held a `private_token`, `access_token`, `job_token` or `token` parameter. */
  tokenInQuery: boolean;
  /** The job token the request carries where GitLab's job-token finder looks, if any. */
  jobToken: { token: string; source: CredentialSource } | null;
}

/** Sources GitLab's job-token finder reads (`job_token`, `token`, `JOB-TOKEN`). */
export const JOB_TOKEN_SOURCES: ReadonlySet<CredentialSource> = new Set([
  'job_token',
  'token',
  'JOB-TOKEN',
]);

/** Query parameters that carry tokens (redacted in the request log). */
export const TOKEN_QUERY_PARAMS: ReadonlySet<string> = new Set([
  'private_token',
  'access_token',
  'job_token',
  'token',
]);

/**
 * The request's credential: access tokens first (PRIVATE-TOKEN, private_token, Authorization:
 * Bearer, access_token), then job tokens (job_token, token, JOB-TOKEN), as GitLab's auth
 * finders try them (lib/gitlab/auth/auth_finders.rb).
 */
export function extractCredential(request: Request): Credential {
  const query = new URL(request.url).searchParams;
  const tokenInQuery = [...TOKEN_QUERY_PARAMS].some((name) => query.has(name));
  const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1]?.trim();
  const candidates: Array<[CredentialSource, string | null | undefined]> = [
    ['PRIVATE-TOKEN', request.headers.get('private-token')],
    ['private_token', query.get('private_token')],
    ['Authorization', bearer],
    ['access_token', query.get('access_token')],
    ['job_token', query.get('job_token')],
    ['token', query.get('token')],
    ['JOB-TOKEN', request.headers.get('job-token')],
  ];
  let jobToken: Credential['jobToken'] = null;
  for (const [source, token] of candidates) {
    if (token && JOB_TOKEN_SOURCES.has(source)) {
      jobToken = { token, source };
      break;
    }
  }
  for (const [source, token] of candidates) {
    if (token) return { token, source, tokenInQuery, jobToken };
  }
  return { token: null, source: null, tokenInQuery, jobToken };
}
