// Test support: runs dist/cli.js as a process, in a scratch directory, with only the given environment.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChildRun, type RunningChild, startNode } from '../../steps/support/child-process.js';

const dirs: string[] = [];

/** Removes the scratch directories made so far (for afterEach). */
export function removeScratchDirs(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fresh scratch directory. */
export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jobrelay-cli-'));
  dirs.push(dir);
  return dir;
}

/** Starts `jobrelay <args>` (dist/cli.js) in `cwd` (a scratch directory by default). */
export function startCli(
  args: string[],
  env: Record<string, string>,
  cwd = scratchDir(),
): RunningChild {
  return startNode('dist/cli.js', args, env, { cwd });
}

/** Runs `jobrelay <args>` to its end. */
export function runCliProcess(
  args: string[],
  env: Record<string, string>,
  cwd?: string,
): Promise<ChildRun> {
  return startCli(args, env, cwd).done;
}
