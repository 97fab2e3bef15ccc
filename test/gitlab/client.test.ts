// createClient: where requests go, how the token is carried, and that the token never leaks.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createClient, getJob, isGitLabHttpError, isNetworkError } from '../../src/index.js';
import { json, stubFetch } from '../helpers/stub-fetch.js';

const TOKEN = 'glpat-clienttesttoken00001';

describe('the instance URL', () => {
  it.each([
    ['https://gitlab.example.com', 'https://gitlab.example.com/api/v4/'],
    ['https://gitlab.example.com/', 'https://gitlab.example.com/api/v4/'],
    ['https://gitlab.example.com/api/v4', 'https://gitlab.example.com/api/v4/'],
    ['https://gitlab.example.com/api/v4/', 'https://gitlab.example.com/api/v4/'],
    ['https://example.com/gitlab', 'https://example.com/gitlab/api/v4/'],
    ['http://127.0.0.1:8080/api/v4', 'http://127.0.0.1:8080/api/v4/'],
  ])('%s becomes %s', (url, apiUrl) => {
    expect(createClient({ url, token: TOKEN }).apiUrl).toBe(apiUrl);
  });

  it.each([
    ['gitlab.example.com', 'absolute URL'],
    ['ftp://gitlab.example.com', 'http or https'],
    ['https://user:pass@gitlab.example.com', 'credentials'],
    ['https://gitlab.example.com/?private_token=x', 'query'],
  ])('rejects %s', (url, reason) => {
    expect(() => createClient({ url, token: TOKEN })).toThrow(reason);
  });
});

describe('the token', () => {
  it('is required', () => {
    expect(() => createClient({ url: 'https://g.example', token: '' })).toThrow(/Invalid token/);
  });

  it('may not carry a newline that would inject a header, and the error does not show it', () => {
    const token = 'glpat-abc\r\nX-Evil: 1';
    let message = '';
    try {
      createClient({ url: 'https://g.example', token });
    } catch (error) {
      message = String(error);
    }
    expect(message).toContain('control characters');
    expect(message).not.toContain('glpat-abc');
  });

  it('does not appear when the client is serialised or inspected', () => {
    const client = createClient({ url: 'https://g.example', token: TOKEN });
    expect(JSON.stringify(client)).not.toContain(TOKEN);
    expect(inspect(client, { depth: 5, showHidden: true })).not.toContain(TOKEN);
    expect(Object.values(client)).not.toContain(TOKEN);
    expect(JSON.stringify({ ...client })).not.toContain(TOKEN);
  });

  it('is redacted from a GitLab error message that echoes it', async () => {
    const stub = stubFetch(json({ message: `token ${TOKEN} is invalid` }, 401));
    const client = createClient({ url: 'https://g.example', token: TOKEN, fetch: stub.fetch });
    const error = await getJob(client, { project: 1, jobId: 2 }).catch((e: unknown) => e);
    expect(isGitLabHttpError(error)).toBe(true);
    expect(String(error)).toBe(
      'GitLabHttpError: GitLab answered 401 to GET /api/v4/projects/1/jobs/2: token [REDACTED] is invalid',
    );
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    expect(inspect(error, { depth: 10 })).not.toContain(TOKEN);
  });

  it('is redacted from a network error whose cause mentions it', async () => {
    const cause = Object.assign(new Error(`proxy refused ${TOKEN}`), { code: 'ECONNREFUSED' });
    const stub = stubFetch(new TypeError('fetch failed', { cause }));
    const client = createClient({
      url: 'https://g.example',
      token: TOKEN,
      fetch: stub.fetch,
      retry: false,
    });
    const error = await getJob(client, { project: 1, jobId: 2 }).catch((e: unknown) => e);
    expect(isNetworkError(error)).toBe(true);
    expect(String(error)).not.toContain(TOKEN);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });
});

describe('redirects', () => {
  it('follows a same-origin redirect of a GET', async () => {
    const stub = stubFetch(
      new Response(null, { status: 301, headers: { location: '/api/v4/projects/1/jobs/3' } }),
      json({ message: 'gone' }, 404),
    );
    const client = createClient({
      url: 'https://g.example',
      token: TOKEN,
      fetch: stub.fetch,
      retry: false,
    });
    await getJob(client, { project: 1, jobId: 2 }).catch(() => undefined);
    expect(stub.calls.map((c) => c.url.pathname)).toEqual([
      '/api/v4/projects/1/jobs/2',
      '/api/v4/projects/1/jobs/3',
    ]);
  });

  it('refuses a redirect to another origin, so the token is not sent there', async () => {
    const stub = stubFetch(
      new Response(null, { status: 302, headers: { location: 'https://other.example/x' } }),
    );
    const client = createClient({ url: 'https://g.example', token: TOKEN, fetch: stub.fetch });
    const error = await getJob(client, { project: 1, jobId: 2 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'GITLAB_HTTP_ERROR', status: 302 });
    expect(String(error)).toContain('not followed');
    expect(stub.calls).toHaveLength(1);
  });
});
