// The error hierarchy: guards that work across bundles, and serialisation without secrets.
import { describe, expect, it } from 'vitest';
import {
  GitLabHttpError,
  isGitLabHttpError,
  isInvalidInputError,
  isJobRelayError,
  isNetworkError,
  isOutcomeUnknownError,
  isResponseValidationError,
  isTimeoutError,
  NetworkError,
  OutcomeUnknownError,
  ResponseValidationError,
  TimeoutError,
} from '../../src/index.js';

describe('type guards', () => {
  it('recognise an error from another copy of jobrelay by its brand, not its class', () => {
    // A copy bundled elsewhere has its own class objects; only Symbol.for() and `code` are shared.
    const foreign = Object.assign(new Error('x'), { code: 'GITLAB_HTTP_ERROR', status: 404 });
    Object.defineProperty(foreign, Symbol.for('jobrelay.error'), { value: true });
    expect(isJobRelayError(foreign)).toBe(true);
    expect(isGitLabHttpError(foreign)).toBe(true);
    expect(isNetworkError(foreign)).toBe(false);
  });

  it('reject look-alikes without the brand', () => {
    expect(isGitLabHttpError(Object.assign(new Error('x'), { code: 'GITLAB_HTTP_ERROR' }))).toBe(
      false,
    );
    expect(isJobRelayError(null)).toBe(false);
    expect(isJobRelayError('GITLAB_HTTP_ERROR')).toBe(false);
  });

  it('each match their own kind only', () => {
    const errors = [
      new GitLabHttpError({
        status: 500,
        statusText: '',
        method: 'GET',
        path: '/x',
        gitlabMessage: 'm',
      }),
      new NetworkError('GET', '/x', true, new Error('c')),
      new TimeoutError('GET', '/x', 5),
      new ResponseValidationError('getJob', 'GET /x', [{ field: 'id', message: 'bad' }]),
      new OutcomeUnknownError('playJob', 'POST', '/x', 3, new Error('c')),
    ];
    const guards = [
      isGitLabHttpError,
      isNetworkError,
      isTimeoutError,
      isResponseValidationError,
      isOutcomeUnknownError,
    ];
    guards.forEach((guard, i) => {
      expect(errors.map((e) => guard(e))).toEqual(errors.map((_, j) => i === j));
    });
    expect(errors.every((e) => !isInvalidInputError(e))).toBe(true);
  });
});

describe('messages', () => {
  it('name the status, method and path of an HTTP error, like ky', () => {
    const error = new GitLabHttpError({
      status: 403,
      statusText: 'Forbidden',
      method: 'POST',
      path: '/api/v4/projects/1/jobs/2/retry',
      gitlabMessage: '403 Forbidden - Job is not retryable',
    });
    expect(error.message).toBe(
      'GitLab answered 403 Forbidden to POST /api/v4/projects/1/jobs/2/retry: 403 Forbidden - Job is not retryable',
    );
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: 'GitLabHttpError',
      code: 'GITLAB_HTTP_ERROR',
      status: 403,
    });
  });

  it('name the endpoint and the field of a response that broke its schema', () => {
    const error = new ResponseValidationError('getJob', 'GET /projects/:id/jobs/:job_id', [
      { field: 'pipeline.id', message: 'Invalid type: Expected number but received "6"' },
    ]);
    expect(error.message).toBe(
      'Unexpected response from GitLab for getJob (GET /projects/:id/jobs/:job_id): field "pipeline.id": Invalid type: Expected number but received "6"',
    );
  });
});
