// writeJobArtifactsToFile over real HTTP: the emulator's zip arrives byte-identical, redirects keep the token home.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type EmulatorServer,
  startEmulatorServer,
} from '../../../src/emulator/node/start-emulator-server.js';
import { createClient, GitLabHttpError } from '../../../src/index.js';
import { writeJobArtifactsToFile } from '../../../src/node.js';

const TOKEN = 'glpat-artifacts-writer-01';
const APP_JS = 'console.log("built");\n';
let server: EmulatorServer;
let dir: string;
let jobId: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jobrelay-artifacts-'));
  server = await startEmulatorServer({
    scenario: {
      users: [{ username: 'dev', token: TOKEN }],
      projects: [{ path: 'group/app', members: { dev: 'developer' } }],
      pipelines: [
        {
          project: 'group/app',
          ref: 'release/1.0',
          jobs: [
            {
              name: 'build',
              artifacts: [
                {
                  fileType: 'archive',
                  filename: 'artifacts.zip',
                  files: { 'dist/app.js': APP_JS, 'big.bin': { bytes: 3_000_000 } },
                },
              ],
            },
          ],
        },
      ],
    },
  });
  server.emulator.advance(60_000);
  jobId = [...server.emulator.state.jobs.values()][0]?.id ?? 0;
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const client = () => createClient({ url: server.url, token: TOKEN, retry: false });

// The emulator's own zip, read in process.
async function emulatorZip(): Promise<Buffer> {
  const response = await server.emulator.fetch(
    `http://emulator.local/api/v4/projects/1/jobs/${jobId}/artifacts`,
    { headers: { 'PRIVATE-TOKEN': TOKEN } },
  );
  return Buffer.from(await response.arrayBuffer());
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('writeJobArtifactsToFile', () => {
  it("writes the job archive byte-identical to the emulator's zip", async () => {
    const path = join(dir, 'by-id.zip');
    const written = await writeJobArtifactsToFile(client(), { project: 'group/app', jobId, path });
    const expected = await emulatorZip();
    expect(written.sha256).toBe(sha256(expected));
    expect(written.bytes).toBe(expected.length);
    expect(written.filename).toBe('artifacts.zip');
    expect(sha256(await readFile(path))).toBe(written.sha256);
    const entries = unzipSync(new Uint8Array(await readFile(path)));
    expect(new TextDecoder().decode(entries['dist/app.js'])).toBe(APP_JS);
  });

  it("writes the archive of a ref's latest job by name, the ref holding a slash", async () => {
    const path = join(dir, 'by-ref.zip');
    const written = await writeJobArtifactsToFile(client(), {
      project: 'group/app',
      ref: 'release/1.0',
      job: 'build',
      path,
    });
    expect(written.sha256).toBe(sha256(await emulatorZip()));
  });

  it('writes one file of the archive', async () => {
    const path = join(dir, 'app.js');
    const written = await writeJobArtifactsToFile(client(), {
      project: 'group/app',
      jobId,
      artifactPath: 'dist/app.js',
      path,
    });
    expect(await readFile(path, 'utf8')).toBe(APP_JS);
    expect(written.filename).toBe('app.js');
    expect(written.bytes).toBe(Buffer.byteLength(APP_JS));
  });

  it('throws a 404 GitLabHttpError for a file the archive lacks, leaving nothing behind', async () => {
    const path = join(dir, 'missing', 'nothing.txt');
    await rm(join(dir, 'missing'), { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(join(dir, 'missing')));
    const error = await writeJobArtifactsToFile(client(), {
      project: 'group/app',
      jobId,
      artifactPath: 'no/such.txt',
      path,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GitLabHttpError);
    expect((error as GitLabHttpError).status).toBe(404);
    expect(await readdir(join(dir, 'missing'))).toEqual([]);
  });

  it('throws a 404 for a job with no such archive, and leaves an existing file untouched', async () => {
    const path = join(dir, 'kept.zip');
    await import('node:fs/promises').then((fs) => fs.writeFile(path, 'old'));
    await expect(
      writeJobArtifactsToFile(client(), { project: 'group/app', jobId: 999, path }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await readFile(path, 'utf8')).toBe('old');
  });
});

describe('writeJobArtifactsToFile through a redirect to object storage', () => {
  const BODY = Buffer.alloc(300_000, 7);
  let gitlab: Server;
  let storage: Server;
  let gitlabUrl: string;
  const storageHeaders: IncomingHttpHeaders[] = [];
  let breakNext = false;

  beforeAll(async () => {
    // Object storage on another origin (localhost, where GitLab is 127.0.0.1): honours Range, and
    // cuts its first answer short when told to.
    storage = createServer((request, response) => {
      storageHeaders.push(request.headers);
      const range = /^bytes=(\d+)-$/.exec(request.headers.range ?? '');
      const from = range ? Number(range[1]) : 0;
      const headers = {
        'content-type': 'application/octet-stream',
        'content-length': String(BODY.length - from),
        ...(range ? { 'content-range': `bytes ${from}-${BODY.length - 1}/${BODY.length}` } : {}),
      };
      response.writeHead(range ? 206 : 200, headers);
      if (breakNext) {
        breakNext = false;
        response.write(BODY.subarray(0, 100_000));
        setTimeout(() => response.destroy(), 20);
        return;
      }
      response.end(BODY.subarray(from));
    });
    await new Promise<void>((resolve) => storage.listen(0, '127.0.0.1', resolve));
    const storagePort = (storage.address() as AddressInfo).port;
    gitlab = createServer((request, response) => {
      if (request.headers['private-token'] !== TOKEN) {
        response.writeHead(401).end('{"message":"401 Unauthorized"}');
        return;
      }
      response
        .writeHead(302, {
          location: `http://localhost:${storagePort}/bucket/artifacts.zip?X-Amz-Signature=sig`,
        })
        .end();
    });
    await new Promise<void>((resolve) => gitlab.listen(0, '127.0.0.1', resolve));
    gitlabUrl = `http://127.0.0.1:${(gitlab.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => gitlab.close(resolve));
    await new Promise((resolve) => storage.close(resolve));
  });

  it('sends the token to GitLab only, never to the storage origin', async () => {
    storageHeaders.length = 0;
    const path = join(dir, 'redirected.zip');
    const written = await writeJobArtifactsToFile(
      createClient({ url: gitlabUrl, token: TOKEN, retry: false }),
      { project: 1, jobId: 2, path },
    );
    expect(written.sha256).toBe(sha256(BODY));
    expect(storageHeaders).toHaveLength(1);
    for (const name of ['private-token', 'job-token', 'authorization', 'cookie'])
      expect(storageHeaders[0]).not.toHaveProperty(name);
  });

  it('resumes a body that broke off with Range, and the file is whole', async () => {
    storageHeaders.length = 0;
    breakNext = true;
    const path = join(dir, 'resumed.zip');
    const written = await writeJobArtifactsToFile(
      createClient({
        url: gitlabUrl,
        token: TOKEN,
        retry: { limit: 2, backoffBaseMs: 1, backoffLimitMs: 5 },
      }),
      { project: 1, jobId: 2, path },
    );
    expect(storageHeaders).toHaveLength(2);
    expect(storageHeaders[1]?.range).toMatch(/^bytes=\d+-$/);
    expect(storageHeaders[1]).not.toHaveProperty('private-token');
    expect(written.sha256).toBe(sha256(BODY));
    expect((await stat(path)).size).toBe(BODY.length);
  });
});
