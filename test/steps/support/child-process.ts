// Test support: runs a bundled entry (dist/…) as a child process, killing it if it outlives the test.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** How a child process ended and what it printed. */
export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A started child: wait for it, or signal it. */
export interface RunningChild {
  process: ChildProcess;
  /** Everything printed on stderr so far. */
  stderrSoFar(): string;
  done: Promise<ChildRun>;
}

const running = new Set<ChildProcess>();

/**
 * Starts `node <repository>/<script> …args` with exactly `env` (plus PATH), so nothing from the
 * test runner's environment (a stray GITLAB_TOKEN) leaks in. Killed after `limitMs` (15 s).
 */
export function startNode(
  script: string,
  args: string[],
  env: Record<string, string>,
  options: { cwd?: string; limitMs?: number } = {},
): RunningChild {
  // The script is found from the repository; relative paths it writes land in `cwd`.
  const child = spawn(process.execPath, [join(ROOT, script), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.limitMs ?? 15_000);
  const done = new Promise<ChildRun>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      resolve({ code, signal, stdout, stderr });
    });
  });
  return { process: child, stderrSoFar: () => stderr, done };
}

/** Kills every child still running (for afterEach). */
export function killChildren(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}
