// Takes the CI job token from a request's headers, refusing tokens in the URL and other kinds of token.

/** A job token and the header it came in. */
export interface ExtractedJobToken {
  token: string;
  via: 'job-token' | 'bearer';
}

/** The token, or why the request is refused before anything is asked of GitLab. */
export type ExtractedToken = ExtractedJobToken | { refusal: string };

// Query parameters GitLab would accept a token in: URLs end up in logs, so the relay refuses them.
const TOKEN_QUERY_PARAMS = ['job_token', 'private_token', 'access_token'];
// GitLab's prefixes for tokens that are not CI job tokens (glcbt- is the job token's own).
const NON_JOB_TOKEN_PREFIX = /^gl(?!cbt-)[a-z]+-/;
// Job tokens (classic, `glcbt-` and JWT-shaped) are printable ASCII of a few hundred characters at most:
// anything else is refused before it reaches GitLab's `GET /job` (workerd would log such a header whole).
const JOB_TOKEN_SHAPE = /^[\x21-\x7e]{8,2048}$/;
// The refusal of such a token (it never quotes the token).
const MALFORMED_TOKEN =
  'the job token is malformed: it must be 8 to 2048 printable ASCII characters';

/** Reads `JOB-TOKEN` or `Authorization: Bearer`; refuses query tokens, PRIVATE-TOKEN and non-job prefixes. */
export function extractJobToken(request: Request): ExtractedToken {
  const url = new URL(request.url);
  for (const name of url.searchParams.keys()) {
    if (TOKEN_QUERY_PARAMS.includes(name.toLowerCase())) {
      return {
        refusal: 'a token in the URL is refused (URLs are logged): send it in the JOB-TOKEN header',
      };
    }
  }
  if (request.headers.has('private-token')) {
    return { refusal: 'PRIVATE-TOKEN is not accepted: the relay takes a CI job token (JOB-TOKEN)' };
  }
  const jobToken = request.headers.get('job-token');
  const authorization = request.headers.get('authorization');
  if (jobToken !== null && authorization !== null) {
    return { refusal: 'send the job token once, in JOB-TOKEN or Authorization, not both' };
  }
  let token = jobToken;
  if (token === null && authorization !== null) {
    const match = /^Bearer ([^\s]+)$/i.exec(authorization.trim());
    if (!match?.[1]) return { refusal: 'Authorization must be "Bearer <CI job token>"' };
    token = match[1];
  }
  if (token === null || token.trim() === '')
    return { refusal: 'no CI job token: send it in the JOB-TOKEN header' };
  token = token.trim();
  if (!JOB_TOKEN_SHAPE.test(token)) return { refusal: MALFORMED_TOKEN };
  if (NON_JOB_TOKEN_PREFIX.test(token)) {
    return {
      refusal: 'that is not a CI job token (personal, project, OAuth and other tokens are refused)',
    };
  }
  return { token, via: jobToken === null ? 'bearer' : 'job-token' };
}
