// openJobArtifacts / openArtifactFile over a stub fetch: routes, file names, and redirects that keep the token home.
import { describe, expect, it } from 'vitest';
import {
  createClient,
  GitLabHttpError,
  InvalidInputError,
  openArtifactFile,
  openJobArtifacts,
} from '../../../src/index.js';

const TOKEN = 'glpat-artifact-token-001';

interface Seen {
  url: string;
  headers: Headers;
  init: RequestInit | undefined;
}

// A fetch that answers by URL: a function per exact URL prefix, recording every request.
function stubFetch(answer: (url: URL) => Response) {
  const seen: Seen[] = [];
  const fetch = async (input: Request | string | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    seen.push({ url: url.href, headers: new Headers(init?.headers), init });
    return answer(url);
  };
  return { seen, fetch };
}

const zip = () =>
  new Response(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]), {
    status: 200,
    headers: {
      'content-length': '6',
      'content-disposition': `attachment; filename="ci_build_artifacts.zip"; filename*=UTF-8''ci_build_artifacts.zip`,
    },
  });

const redirect = (location: string, status = 302) =>
  new Response(null, { status, headers: { location } });

function client(fetch: ReturnType<typeof stubFetch>['fetch'], url = 'https://gitlab.example.com') {
  return createClient({ url, token: TOKEN, fetch, retry: false });
}

function hasCredential(headers: Headers): boolean {
  return ['private-token', 'job-token', 'authorization', 'cookie'].some((name) =>
    headers.has(name),
  );
}

describe('openJobArtifacts', () => {
  it('downloads a job archive by id with the token, and reads its name and length', async () => {
    const stub = stubFetch(() => zip());
    const opened = await openJobArtifacts(client(stub.fetch), { project: 'group/app', jobId: 42 });
    expect(stub.seen[0]?.url).toBe(
      'https://gitlab.example.com/api/v4/projects/group%2Fapp/jobs/42/artifacts',
    );
    expect(stub.seen[0]?.headers.get('private-token')).toBe(TOKEN);
    expect(opened.status).toBe(200);
    expect(opened.filename).toBe('ci_build_artifacts.zip');
    expect(opened.length).toBe(6);
    expect(new Uint8Array(await new Response(opened.body).arrayBuffer())).toEqual(
      new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]),
    );
  });

  it('asks for a ref as one encoded segment, with the job name in the query', async () => {
    const stub = stubFetch(() => zip());
    await openJobArtifacts(client(stub.fetch), {
      project: 7,
      ref: 'release/1.0',
      job: 'build app',
    });
    expect(stub.seen[0]?.url).toBe(
      'https://gitlab.example.com/api/v4/projects/7/jobs/artifacts/release%2F1.0/download?job=build+app',
    );
  });

  it('follows a redirect to object storage on another origin without any credential', async () => {
    const stub = stubFetch((url) =>
      url.host === 'gitlab.example.com'
        ? redirect('https://storage.example.net/bucket/artifacts.zip?X-Amz-Signature=abc')
        : zip(),
    );
    const opened = await openJobArtifacts(client(stub.fetch), { project: 1, jobId: 2 });
    expect(opened.status).toBe(200);
    expect(stub.seen).toHaveLength(2);
    expect(stub.seen[0]?.headers.get('private-token')).toBe(TOKEN);
    expect(stub.seen[1]?.url).toBe(
      'https://storage.example.net/bucket/artifacts.zip?X-Amz-Signature=abc',
    );
    expect(hasCredential(stub.seen[1]?.headers ?? new Headers())).toBe(false);
    expect(stub.seen[1]?.init?.credentials).toBe('omit');
  });

  it('never sends a job token or OAuth token to another origin either', async () => {
    for (const tokenType of ['job', 'oauth'] as const) {
      const stub = stubFetch((url) =>
        url.host === 'gitlab.example.com' ? redirect('https://cdn.example.org/a.zip') : zip(),
      );
      const c = createClient({
        url: 'https://gitlab.example.com',
        token: TOKEN,
        tokenType,
        fetch: stub.fetch,
      });
      await openJobArtifacts(c, { project: 1, jobId: 2 });
      expect(hasCredential(stub.seen[0]?.headers ?? new Headers())).toBe(true);
      expect(hasCredential(stub.seen[1]?.headers ?? new Headers())).toBe(false);
    }
  });

  it('keeps credentials off even when a later hop comes back to GitLab', async () => {
    const stub = stubFetch((url) =>
      url.host === 'gitlab.example.com' && url.pathname.endsWith('/artifacts')
        ? redirect('https://cdn.example.org/a.zip')
        : url.host === 'cdn.example.org'
          ? redirect('https://gitlab.example.com/uploads/a.zip')
          : zip(),
    );
    await openJobArtifacts(client(stub.fetch), { project: 1, jobId: 2 });
    expect(stub.seen).toHaveLength(3);
    expect(hasCredential(stub.seen[2]?.headers ?? new Headers())).toBe(false);
  });

  it('refuses a redirect to plain http from an https GitLab, naming no signature', async () => {
    const stub = stubFetch(() =>
      redirect('http://storage.example.net/a.zip?X-Amz-Signature=secret'),
    );
    const error = await openJobArtifacts(client(stub.fetch), { project: 1, jobId: 2 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(GitLabHttpError);
    expect((error as Error).message).toContain('follows only https redirects');
    expect((error as Error).message).not.toContain('secret');
    expect(stub.seen).toHaveLength(1);
  });

  it('follows http redirects when the client itself talks http (an emulator)', async () => {
    const stub = stubFetch((url) =>
      url.hostname === '127.0.0.1' ? redirect('http://localhost:8080/storage/a.zip') : zip(),
    );
    await openJobArtifacts(client(stub.fetch, 'http://127.0.0.1:8080'), { project: 1, jobId: 2 });
    expect(stub.seen).toHaveLength(2);
    expect(hasCredential(stub.seen[1]?.headers ?? new Headers())).toBe(false);
  });

  it('gives up after three hops', async () => {
    let hop = 0;
    const stub = stubFetch(() => redirect(`https://cdn${++hop}.example.org/a.zip`));
    const error = await openJobArtifacts(client(stub.fetch), { project: 1, jobId: 2 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(GitLabHttpError);
    expect((error as Error).message).toContain('more than 3 times');
    expect(stub.seen).toHaveLength(4);
  });

  it('follows no redirect at all for a client made with redirects: none', async () => {
    const stub = stubFetch(() => redirect('https://storage.example.net/a.zip'));
    const c = createClient({
      url: 'https://gitlab.example.com',
      token: TOKEN,
      fetch: stub.fetch,
      redirects: 'none',
    });
    await expect(openJobArtifacts(c, { project: 1, jobId: 2 })).rejects.toThrow(
      /follows no redirect/,
    );
    expect(stub.seen).toHaveLength(1);
  });

  it("turns a 404 into a GitLabHttpError with GitLab's message", async () => {
    const stub = stubFetch(
      () =>
        new Response('{"message":"404 Not Found"}', {
          status: 404,
          headers: { 'content-type': 'application/json' },
        }),
    );
    const error = await openJobArtifacts(client(stub.fetch), { project: 1, jobId: 2 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(GitLabHttpError);
    expect((error as GitLabHttpError).status).toBe(404);
    expect((error as GitLabHttpError).gitlabMessage).toBe('404 Not Found');
  });

  it('refuses a selector that is neither a job id nor a ref and job, before any request', async () => {
    const stub = stubFetch(() => zip());
    await expect(
      openJobArtifacts(client(stub.fetch), { project: 1, ref: 'main' } as never),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(stub.seen).toHaveLength(0);
  });
});

describe('openArtifactFile', () => {
  it('asks for the file by job id, each path segment encoded', async () => {
    const stub = stubFetch(
      () =>
        new Response('x', { headers: { 'content-disposition': 'attachment; filename="a b.txt"' } }),
    );
    const opened = await openArtifactFile(client(stub.fetch), {
      project: 1,
      jobId: 5,
      path: 'dir one/a b.txt',
    });
    expect(stub.seen[0]?.url).toBe(
      'https://gitlab.example.com/api/v4/projects/1/jobs/5/artifacts/dir%20one/a%20b.txt',
    );
    expect(opened.filename).toBe('a b.txt');
  });

  it("asks for the file of a ref's job by name", async () => {
    const stub = stubFetch(() => new Response('x'));
    const opened = await openArtifactFile(client(stub.fetch), {
      project: 'g/p',
      ref: 'main',
      job: 'test',
      path: 'reports/junit.xml',
    });
    expect(stub.seen[0]?.url).toBe(
      'https://gitlab.example.com/api/v4/projects/g%2Fp/jobs/artifacts/main/raw/reports/junit.xml?job=test',
    );
    // No Content-Disposition: the file's own name.
    expect(opened.filename).toBe('junit.xml');
  });

  it('refuses a path that climbs out of the archive, before any request', async () => {
    const stub = stubFetch(() => new Response('x'));
    await expect(
      openArtifactFile(client(stub.fetch), { project: 1, jobId: 5, path: '../etc/passwd' }),
    ).rejects.toThrow(/path/);
    expect(stub.seen).toHaveLength(0);
  });
});
