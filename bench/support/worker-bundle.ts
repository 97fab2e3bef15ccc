// Bundles the relay Worker with `wrangler deploy --dry-run --outdir` (offline) and gzips what it would upload.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchTempDir } from './bench-temp-dir.js';
import { REPO_ROOT } from './build-children.js';
import { runChild } from './run-child.js';

/** The Worker's upload: its JavaScript modules' bytes, raw and gzipped (source maps left out). */
export async function workerBundleSize(): Promise<{ bytes: number; gzipBytes: number }> {
  const dir = join(benchTempDir(), 'worker-dry-run');
  const outdir = join(dir, 'out');
  mkdirSync(dir, { recursive: true });
  // A copy of wrangler.toml with `main` made absolute, so wrangler's own state stays in scratch.
  const toml = readFileSync(join(REPO_ROOT, 'wrangler.toml'), 'utf8').replace(
    /^main\s*=\s*"([^"]+)"/m,
    (_line, main: string) => `main = ${JSON.stringify(join(REPO_ROOT, main))}`,
  );
  writeFileSync(join(dir, 'wrangler.toml'), toml);
  const run = await runChild(
    process.execPath,
    [
      join(REPO_ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js'),
      'deploy',
      '--dry-run',
      '--outdir',
      outdir,
      '--config',
      join(dir, 'wrangler.toml'),
    ],
    { cwd: dir, env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' } },
  );
  if (run.code !== 0)
    throw new Error(`wrangler deploy --dry-run failed: ${run.stderr.slice(0, 1000)}`);
  const modules = readdirSync(outdir).filter((name) => /\.(m?js|wasm)$/.test(name));
  if (modules.length === 0) throw new Error('wrangler wrote no module');
  let bytes = 0;
  let gzipBytes = 0;
  for (const name of modules) {
    const content = readFileSync(join(outdir, name));
    bytes += content.byteLength;
    gzipBytes += gzipSync(content).byteLength;
  }
  return { bytes, gzipBytes };
}
