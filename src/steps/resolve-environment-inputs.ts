// Fills inputs left empty from the CI environment: GitLab's CI_* variables, or GITLAB_URL/GITLAB_TOKEN.
import type { RawStepInputs } from './parse-step-inputs.js';

/** The default GitLab when neither an input nor the environment names one. */
export const DEFAULT_GITLAB_URL = 'https://gitlab.com';

/**
 * Returns `raw` with `gitlab-url`, `token`, `token-type`, `project` and `pipeline` taken from
 * the environment where they were left empty. `pipeline` comes from `CI_PIPELINE_ID` only when
 * `project` came from `CI_PROJECT_ID` too: another project's job is never looked for in this
 * pipeline.
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
  const tokenType = given('token-type') || 'auto';
  if (!given('token')) {
    const personal = fromEnv('GITLAB_TOKEN');
    const jobToken = fromEnv('CI_JOB_TOKEN');
    resolved.token = personal || jobToken;
    if (tokenType === 'auto')
      resolved['token-type'] = personal ? 'private' : jobToken ? 'job' : 'auto';
  }
  if (!given('project')) {
    resolved.project = fromEnv('CI_PROJECT_ID');
    if (resolved.project && !given('pipeline') && given('name') && !given('job')) {
      resolved.pipeline = fromEnv('CI_PIPELINE_ID');
    }
  }
  return resolved;
}
