// `npm start` works on the embedded default: emulator, relay under wrangler dev, orchestration through it.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

function runStart(outDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        'node_modules/tsx/dist/cli.mjs',
        'scripts/demo/start-demo.ts',
        '--once',
        '--speed',
        '8',
        '--out-dir',
        outDir,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 170_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('npm start', () => {
  it("plays demo/app's deploy through the relay with a job token, follows it and saves its log", async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'jobrelay-start-'));
    dirs.push(outDir);
    const { code, output } = await runStart(outDir);
    expect(output).toContain('Done: the deploy job was played once');
    expect(code).toBe(0);
    const logs = (await readdir(outDir)).filter((name) => /^deploy-\d+\.log$/.test(name));
    expect(logs).toHaveLength(1);
    expect(await readFile(join(outDir, logs[0] as string), 'utf8')).toContain(
      'Deploying demo-app 1.5.0 to production',
    );
    // No token of the emulator's kinds is ever printed.
    expect(output).not.toMatch(/glpat-|glcbt-/);
  }, 180_000);
});
