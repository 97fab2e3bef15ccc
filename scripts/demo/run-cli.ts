// Runs the jobrelay CLI bundle as a user would, its output shown as it comes.
import { spawn } from 'node:child_process';

/** Runs `node dist/cli.js <args>` with extra environment; resolves with its exit code. */
export function runCli(args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/cli.js', ...args], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env },
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 130 : 1)));
  });
}
