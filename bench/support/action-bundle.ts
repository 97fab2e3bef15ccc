// Builds the CI step's action bundle the way the repository does, into a scratch directory, and sizes it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { benchTempDir } from './bench-temp-dir.js';
import { REPO_ROOT } from './build-children.js';
import { runChild } from './run-child.js';

/** A fresh build of dist/ (index.js, post.js, chunks/, cli.js) from the current sources. */
export interface ActionBuild {
  dir: string;
  /** `dir/index.js`, what the runner starts. */
  entry: string;
}

let built: Promise<ActionBuild> | undefined;

/** Runs `scripts/build-action.mjs --outdir <scratch>` once (memoised). */
export function buildActionBundle(): Promise<ActionBuild> {
  built ??= (async () => {
    const dir = join(benchTempDir(), 'action-dist');
    const run = await runChild(process.execPath, ['scripts/build-action.mjs', '--outdir', dir], {
      cwd: REPO_ROOT,
    });
    if (run.code !== 0) throw new Error(`build:action failed: ${run.stderr.slice(0, 1000)}`);
    return { dir, entry: join(dir, 'index.js') };
  })();
  return built;
}

/** Bytes of `entry` and of the files its top-level imports name, transitively (its chunks). */
export function actionBundleBytes(entry: string): { bytes: number; files: string[] } {
  const files: string[] = [];
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    const source = readFileSync(file, 'utf8');
    // esbuild writes static imports at the start of a line: `import … from "./chunks/x.js";`.
    const imports = /^(?:import|export|\})[^;]*?["'](\.{1,2}\/[^"']+\.js)["'];/gm;
    for (const match of source.matchAll(imports)) {
      const imported = resolve(dirname(file), match[1] as string);
      if (existsSync(imported)) visit(imported);
    }
  };
  visit(entry);
  return { bytes: files.reduce((sum, file) => sum + statSync(file).size, 0), files };
}
