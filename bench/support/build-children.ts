// Bundles the benchmark's child programs with esbuild once per run, so children start as plain Node.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { benchTempDir } from './bench-temp-dir.js';

/** The child programs under bench/children/, by name. */
export type ChildName =
  | 'emulator-server'
  | 'write-trace'
  | 'write-artifacts'
  | 'gitbeaker-show-log'
  | 'node-http-download'
  | 'node-http-tuned-download'
  | 'list-jobs'
  | 'gitbeaker-list-jobs'
  | 'gitbeaker-show-job';

const CHILDREN: readonly ChildName[] = [
  'emulator-server',
  'write-trace',
  'write-artifacts',
  'gitbeaker-show-log',
  'node-http-download',
  'node-http-tuned-download',
  'list-jobs',
  'gitbeaker-list-jobs',
  'gitbeaker-show-job',
];

/** The repository root (bench/support/../..). */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

// Bundled CommonJS dependencies call require(); an ESM bundle has none (as scripts/build-action.mjs does).
const REQUIRE_SHIM =
  "import { createRequire as __benchCreateRequire } from 'node:module';\n" +
  'const require = __benchCreateRequire(import.meta.url);';

let built: Promise<string> | undefined;

/** Builds every child once (memoised) and returns the directory holding `<name>.mjs`. */
export function buildChildren(): Promise<string> {
  built ??= (async () => {
    const outdir = join(benchTempDir(), 'children');
    await build({
      absWorkingDir: REPO_ROOT,
      entryPoints: Object.fromEntries(CHILDREN.map((name) => [name, `bench/children/${name}.ts`])),
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outdir,
      outExtension: { '.js': '.mjs' },
      banner: { js: REQUIRE_SHIM },
      legalComments: 'none',
      // Loaded only for a caller's undici Dispatcher, which no child passes.
      external: ['undici'],
      logLevel: 'warning',
    });
    return outdir;
  })();
  return built;
}

/** The bundled file of child `name` (after buildChildren). */
export async function childScript(name: ChildName): Promise<string> {
  return join(await buildChildren(), `${name}.mjs`);
}
