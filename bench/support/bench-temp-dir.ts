// One temporary directory per benchmark process, removed when the process exits (or when asked).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let dir: string | undefined;

/** The process's scratch directory (created on first use, deleted at exit). */
export function benchTempDir(): string {
  if (dir === undefined) {
    const created = mkdtempSync(join(tmpdir(), 'jobrelay-bench-'));
    dir = created;
    process.once('exit', () => rmSync(created, { recursive: true, force: true }));
  }
  return dir;
}

/** Deletes the scratch directory now (test runners may not let a worker exit); nothing built there is usable after. */
export function removeBenchTempDir(): void {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
}
