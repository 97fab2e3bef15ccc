// server.artifactsDownload: redirect — archives answer 302 to signed links on another origin, which never take a token.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNED_LINK_TTL_MS } from '../../../src/emulator/artifacts/object-storage.js';
import { createEmulator, type Emulator } from '../../../src/emulator/create-emulator.js';
import { startEmulatorServer } from '../../../src/emulator/node/start-emulator-server.js';
import { createClient } from '../../../src/index.js';
import { writeJobArtifactsToFile } from '../../../src/node.js';

const TOKEN = 'glpat-object-storage-0001';

function world(artifactsDownload: 'proxy' | 'redirect'): Emulator {
  const emulator = createEmulator({
    scenario: {
      server: { artifactsDownload },
      users: [{ username: 'dev', token: TOKEN }],
      projects: [{ id: 1, path: 'group/app', members: { dev: 'developer' } }],
      pipelines: [
        {
          project: 'group/app',
          ref: 'main',
          jobs: [
            {
              name: 'build',
              artifacts: [
                {
                  fileType: 'archive',
                  filename: 'artifacts.zip',
                  files: { 'dist/app.js': 'built\n', 'blob.bin': { bytes: 100_000 } },
                },
              ],
            },
          ],
        },
      ],
    },
  });
  emulator.advance(120_000);
  return emulator;
}

const jobIdOf = (emulator: Emulator) => [...emulator.state.jobs.values()][0]?.id ?? 0;
const archiveUrl = (emulator: Emulator, host = 'http://gitlab.test') =>
  `${host}/api/v4/projects/1/jobs/${jobIdOf(emulator)}/artifacts`;
const withToken = { headers: { 'PRIVATE-TOKEN': TOKEN } };
const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

describe('object storage redirects', () => {
  it('answers an archive download with 302 to a signed link on another origin', async () => {
    const emulator = world('redirect');
    const response = await emulator.fetch(archiveUrl(emulator), {
      ...withToken,
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin).toBe('http://objects.gitlab.test');
    expect(location.pathname).toMatch(/^\/-\/object-storage\/[0-9a-f]{32}\/artifacts\.zip$/);
  });

  it('serves, without a token, the same bytes GitLab proxies', async () => {
    const proxied = world('proxy');
    const redirected = world('redirect');
    const direct = await bytesOf(await proxied.fetch(archiveUrl(proxied), withToken));
    const first = await redirected.fetch(archiveUrl(redirected), {
      ...withToken,
      redirect: 'manual',
    });
    const stored = await redirected.fetch(first.headers.get('location') ?? '');
    expect(stored.status).toBe(200);
    expect(await bytesOf(stored)).toEqual(direct);
  });

  it('refuses a link that comes with a GitLab credential', async () => {
    const emulator = world('redirect');
    const first = await emulator.fetch(archiveUrl(emulator), { ...withToken, redirect: 'manual' });
    const location = first.headers.get('location') ?? '';
    const credentials: Record<string, string>[] = [
      { 'PRIVATE-TOKEN': TOKEN },
      { 'JOB-TOKEN': 'glcbt-x' },
      { Authorization: `Bearer ${TOKEN}` },
    ];
    for (const headers of credentials) {
      const response = await emulator.fetch(location, { headers });
      expect(response.status).toBe(400);
      expect(await response.text()).not.toContain(TOKEN);
    }
  });

  it('serves a range from a byte, and refuses a link past its expiry', async () => {
    const emulator = world('redirect');
    const first = await emulator.fetch(archiveUrl(emulator), { ...withToken, redirect: 'manual' });
    const location = first.headers.get('location') ?? '';
    const whole = await bytesOf(await emulator.fetch(location));
    const ranged = await emulator.fetch(location, { headers: { Range: 'bytes=1000-' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe(
      `bytes 1000-${whole.length - 1}/${whole.length}`,
    );
    expect(await bytesOf(ranged)).toEqual(whole.subarray(1000));
    emulator.advance(SIGNED_LINK_TTL_MS + 1);
    expect((await emulator.fetch(location)).status).toBe(403);
  });
});

describe('writeJobArtifactsToFile against redirecting storage over loopback', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jobrelay-object-storage-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('follows the 302 to the other origin without the token and writes the archive', async () => {
    const emulator = world('redirect');
    const expected = await bytesOf(
      await world('proxy').fetch(archiveUrl(world('proxy')), withToken),
    );
    const server = await startEmulatorServer({ emulator });
    try {
      const client = createClient({ url: server.url, token: TOKEN, retry: false });
      const path = join(dir, 'artifacts.zip');
      const written = await writeJobArtifactsToFile(client, {
        project: 'group/app',
        jobId: jobIdOf(emulator),
        path,
      });
      const file = await readFile(path);
      expect(new Uint8Array(file)).toEqual(expected);
      expect(written.sha256).toBe(createHash('sha256').update(file).digest('hex'));
    } finally {
      await server.close();
    }
  });
});
