// Fills inputs left empty from the CI environment: GitLab's CI_* variables, or GITLAB_URL/GITLAB_TOKEN.
import { detectTokenType } from './detect-token-type.js';
import type { RawStepInputs } from './parse-step-inputs.js';

/** The default GitLab when neither an input nor the environment names one. */
export const DEFAULT_GITLAB_URL = 'https://gitlab.com';

/**
 * Returns `raw` with `gitlab-url`, `token`, `project` and `pipeline` taken from the environment
 * where they were left empty, and an `auto` token type resolved (`job` for a `glcbt-` token or
 * `$CI_JOB_TOKEN`, else `private`). `pipeline` comes from `CI_PIPELINE_ID` only when
 * `project` came from `CI_PROJECT_ID` too, and no `ref` was given: another project's job is never
 * looked for in this pipeline.
 */
export function resolveEnvironmentInputs(
  raw: RawStepInputs,
  env: Partial<Record<string, string>>,
): RawStepInputs {
  const given = (name: string) => raw[name]?.trim() ?? '';
  const fromEnv = (...names: string[]) =>
    names.map((name) => env[name]?.trim() ?? '').find(Boolean) ?? '';
  const resolved: RawStepInputs = { ...raw };
  resolved['gitlab-url'] =
    given('gitlab-url') ||
    fromEnv('GITLAB_URL', 'CI_API_V4_URL', 'CI_SERVER_URL') ||
    DEFAULT_GITLAB_URL;
  if (!given('token')) resolved.token = fromEnv('GITLAB_TOKEN') || fromEnv('CI_JOB_TOKEN');
  const token = resolved.token?.trim() ?? '';
  if ((given('token-type') || 'auto') === 'auto' && token) {
    resolved['token-type'] = detectTokenType(token, env);
  }
  if (!given('project')) {
    resolved.project = fromEnv('CI_PROJECT_ID');
    // A name found by ref (fetch-artifacts) is not looked for in this pipeline.
    if (resolved.project && !given('pipeline') && given('name') && !given('job') && !given('ref')) {
      resolved.pipeline = fromEnv('CI_PIPELINE_ID');
    }
  }
  return resolved;
}
