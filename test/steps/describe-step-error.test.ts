// Errors in words for each face: the action names inputs, the CLI options; a 401 says which token-type to try.
import { describe, expect, it } from 'vitest';
import { GitLabHttpError } from '../../src/gitlab/errors/gitlab-http-error.js';
import { InvalidInputError } from '../../src/gitlab/errors/invalid-input-error.js';
import { NetworkError } from '../../src/gitlab/errors/network-error.js';
import { TimeoutError } from '../../src/gitlab/errors/timeout-error.js';
import { describeStepError } from '../../src/steps/describe-step-error.js';

const unauthorized = new GitLabHttpError({
  status: 401,
  statusText: 'Unauthorized',
  method: 'GET',
  path: '/api/v4/job',
  gitlabMessage: '401 Unauthorized',
});

describe('describeStepError', () => {
  it('names the input in the action and the option in the CLI, with the value as typed', () => {
    const error = new InvalidInputError('job', '"99999999999999999999"', 'must be a job id');
    expect(describeStepError(error, { face: 'action' })).toBe(
      'Invalid job "99999999999999999999": must be a job id',
    );
    expect(describeStepError(error, { face: 'cli' })).toBe(
      'Invalid --job "99999999999999999999": must be a job id',
    );
    const variables = new InvalidInputError('variables', '[REDACTED]', 'line 1 must be KEY=VALUE');
    expect(describeStepError(variables, { face: 'cli' })).toContain('Invalid --var [REDACTED]');
  });

  it('says which token-type to try after a 401, never the token', () => {
    const token = 'glcbt-64_secret-job-token';
    const message = describeStepError(unauthorized, {
      face: 'action',
      tokenType: 'private',
      token,
    });
    expect(message).toContain('it is a CI job token: use token-type job');
    expect(message).not.toContain(token);
    expect(
      describeStepError(unauthorized, {
        face: 'cli',
        tokenType: 'job',
        token: 'glpat-secret-personal',
      }),
    ).toContain('use --token-type private');
  });

  it('points a timeout at request-timeout and timeout', () => {
    const message = describeStepError(
      new TimeoutError('GET', '/api/v4/projects/1/jobs/2', 30_000),
      {
        face: 'action',
      },
    );
    expect(message).toContain('request-timeout');
  });
});

describe('describeStepError for certificate failures', () => {
  const failure = (code: string) =>
    new NetworkError('GET', '/api/v4/job', false, new Error('fetch failed', { cause: { code } }));

  it.each([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  ])('says to give the CA for %s', (code) => {
    expect(describeStepError(failure(code), { face: 'cli' })).toContain(
      `is not trusted (${code}): if GitLab (or a proxy inspecting TLS) uses a private CA, give that CA's certificate as a PEM file with --ca-file, or set NODE_EXTRA_CA_CERTS`,
    );
    expect(describeStepError(failure(code), { face: 'action' })).toContain('with ca-file');
  });

  it('says the certificate names another host', () => {
    expect(describeStepError(failure('ERR_TLS_CERT_ALTNAME_INVALID'), { face: 'cli' })).toContain(
      'does not name the host of the GitLab URL',
    );
  });

  it('says the certificate has expired', () => {
    expect(describeStepError(failure('CERT_HAS_EXPIRED'), { face: 'cli' })).toContain(
      'outside its validity dates (CERT_HAS_EXPIRED)',
    );
  });

  it('adds nothing to another network failure', () => {
    expect(describeStepError(failure('ECONNREFUSED'), { face: 'cli' })).not.toContain(
      'certificate',
    );
  });
});
