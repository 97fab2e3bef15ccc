// Inputs left empty come from GitLab's CI_* variables inside a job, or GITLAB_URL/GITLAB_TOKEN elsewhere.
import { describe, expect, it } from 'vitest';
import { resolveEnvironmentInputs } from '../../src/steps/resolve-environment-inputs.js';

const gitlabJob = {
  CI_API_V4_URL: 'https://gitlab.example.com/api/v4',
  CI_SERVER_URL: 'https://gitlab.example.com',
  CI_JOB_TOKEN: 'glcbt-job-token-value',
  CI_PROJECT_ID: '17',
  CI_PIPELINE_ID: '901',
};

describe('resolveEnvironmentInputs', () => {
  it('needs nothing else inside a GitLab job: URL, job token, project and pipeline', () => {
    expect(resolveEnvironmentInputs({ name: 'deploy' }, gitlabJob)).toMatchObject({
      'gitlab-url': 'https://gitlab.example.com/api/v4',
      token: 'glcbt-job-token-value',
      'token-type': 'job',
      project: '17',
      pipeline: '901',
    });
  });

  it('prefers GITLAB_URL and GITLAB_TOKEN (a private token) when set', () => {
    const resolved = resolveEnvironmentInputs(
      { job: '5' },
      {
        ...gitlabJob,
        GITLAB_URL: 'https://relay.example.com',
        GITLAB_TOKEN: 'glpat-personal-0001',
      },
    );
    expect(resolved).toMatchObject({
      'gitlab-url': 'https://relay.example.com',
      token: 'glpat-personal-0001',
      'token-type': 'private',
    });
  });

  it('sends a token given as $CI_JOB_TOKEN, or with the glcbt- prefix, as a job token under auto', () => {
    expect(
      resolveEnvironmentInputs(
        { token: 'opaque-job-token-1' },
        { CI_JOB_TOKEN: 'opaque-job-token-1' },
      ),
    ).toMatchObject({ 'token-type': 'job' });
    expect(resolveEnvironmentInputs({ token: 'glcbt-64_abcdef' }, {})).toMatchObject({
      'token-type': 'job',
    });
    expect(
      resolveEnvironmentInputs({ token: 'glcbt-64_abcdef', 'token-type': 'private' }, {}),
    ).toMatchObject({ 'token-type': 'private' });
    expect(resolveEnvironmentInputs({ token: 'glpat-abcdef' }, gitlabJob)).toMatchObject({
      'token-type': 'private',
    });
  });

  it('keeps inputs that were given', () => {
    const resolved = resolveEnvironmentInputs(
      {
        'gitlab-url': 'https://mine.example',
        token: 'glpat-given-0001',
        'token-type': 'oauth',
        project: 'a/b',
      },
      gitlabJob,
    );
    expect(resolved).toMatchObject({
      'gitlab-url': 'https://mine.example',
      token: 'glpat-given-0001',
      'token-type': 'oauth',
      project: 'a/b',
    });
  });

  it("does not look for another project's job in this pipeline", () => {
    expect(
      resolveEnvironmentInputs({ project: 'other/app', name: 'deploy' }, gitlabJob).pipeline,
    ).toBeUndefined();
  });

  it('does not take the pipeline when a job id is given', () => {
    expect(resolveEnvironmentInputs({ job: '3' }, gitlabJob).pipeline).toBeUndefined();
  });

  it('falls back to gitlab.com outside any CI', () => {
    expect(resolveEnvironmentInputs({}, {})['gitlab-url']).toBe('https://gitlab.com');
  });
});
