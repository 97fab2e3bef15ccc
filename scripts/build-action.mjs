// Bundles the GitHub Action (dist/index.js, dist/post.js) and the CLI (dist/cli.js), with all their dependencies, with esbuild.
// Usage: node scripts/build-action.mjs [--outdir <dir>]   (default: dist; tests build elsewhere to compare)
import { rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = resolve(root, values.outdir ?? 'dist');

// Bundled CommonJS dependencies may call require(); ESM has none.
const requireShim =
  "import { createRequire as __jobrelayCreateRequire } from 'node:module';\n" +
  'const require = __jobrelayCreateRequire(import.meta.url);';

// @actions/core reaches @actions/http-client (and undici, ~785 kB) only from getIDToken, which
// jobrelay never calls: a stub that throws keeps the bundle small without changing behaviour.
const withoutHttpClient = {
  name: 'without-actions-http-client',
  setup(builder) {
    builder.onResolve({ filter: /^@actions\/http-client(\/.*)?$/ }, () => ({
      path: resolve(root, 'scripts/stubs/actions-http-client.mjs'),
    }));
  },
};

const common = {
  absWorkingDir: root,
  plugins: [withoutHttpClient],
  bundle: true,
  format: 'esm',
  platform: 'node',
  // Node 20 is the oldest runtime the action (runs.using: node24) and the CLI must work on.
  target: 'node20',
  outdir,
  // Deterministic output, so the committed dist/ can be compared with a fresh build.
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning',
  metafile: false,
};

await rm(outdir, { recursive: true, force: true });
await build({
  ...common,
  // One build, so the entries share their chunks (the core; undici, loaded only when a proxy or a
  // CA file is set) instead of each carrying a copy. `jobrelay emulator` imports the emulator
  // (Hono, yaml) dynamically: a chunk of its own, loaded only by that command.
  entryPoints: {
    index: 'src/action/index.ts',
    post: 'src/action/post.ts',
    cli: 'src/cli/index.ts',
  },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // src/cli/index.ts starts with `#!/usr/bin/env node`, which esbuild keeps first.
  banner: { js: requireShim },
});
