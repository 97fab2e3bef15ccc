// Decides how a token authenticates when token-type is `auto`: GitLab's job tokens are recognised.

/** GitLab's prefix for CI/CD job tokens (GitLab 16.8 and later). */
const JOB_TOKEN_PREFIX = 'glcbt-';

/**
 * `job` for a CI job token (the `glcbt-` prefix, or the value of `$CI_JOB_TOKEN`), else
 * `private` (personal, project and group access tokens: `glpat-…`).
 */
export function detectTokenType(
  token: string,
  env: Partial<Record<string, string>> = {},
): 'job' | 'private' {
  const jobToken = env.CI_JOB_TOKEN?.trim();
  if (token.startsWith(JOB_TOKEN_PREFIX) || (jobToken && token === jobToken)) return 'job';
  return 'private';
}
