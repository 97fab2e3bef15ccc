// Runs the jobrelay CLI bundle as a user would, its output shown as it comes.
import { spawnInGroup, stopGroup } from './process-groups.js';

/** Runs `node dist/cli.js <args>` with extra environment; resolves with its exit code. */
export function runCli(args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    // In a group of its own like every child of the demo: the demo's signal handlers stop it.
    const child = spawnInGroup(process.execPath, ['dist/cli.js', ...args], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env },
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      void stopGroup(child);
      resolve(code ?? (signal ? 130 : 1));
    });
  });
}
