// The committed dist/ is what the build makes from the current sources (CI fails when it is stale).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fresh = mkdtempSync(join(tmpdir(), 'jobrelay-dist-'));

afterAll(() => rmSync(fresh, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('dist/', () => {
  execFileSync(process.execPath, ['scripts/build-action.mjs', '--outdir', fresh], { cwd: root });

  it('holds the same files as a fresh build', () => {
    expect(files(join(root, 'dist'))).toEqual(files(fresh));
  });

  it.each(files(fresh))('has %s as a fresh build makes it (run npm run build:action)', (name) => {
    const committed = readFileSync(join(root, 'dist', name), 'utf8');
    expect(committed === readFileSync(join(fresh, name), 'utf8')).toBe(true);
  });

  it('bundles the action and the CLI for Node 20 as ESM, the CLI runnable as a command', () => {
    expect(files(fresh)).toEqual(expect.arrayContaining(['cli.js', 'index.js', 'post.js']));
    expect(readFileSync(join(fresh, 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(
      true,
    );
  });
});
