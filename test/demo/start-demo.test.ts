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
  it("plays demo/app's deploy through the relay with a job token, then runs and follows a release pipeline and takes its artifacts", async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'jobrelay-start-'));
    dirs.push(outDir);
    const { code, output } = await runStart(outDir);
    expect(output).toContain('Done: the deploy job was played once');
    expect(code).toBe(0);
    // Act two: a release pipeline run in demo/app from demo/deploy's job, followed into its
    // child pipeline (the tree shows the child's jobs under the bridge), its artifacts taken.
    expect(output).toMatch(
      /#\d+ integration \(bridge\): success\n\s+pipeline #\d+ \(project 1, main\): success/,
    );
    expect(output).toMatch(/#\d+ api-tests: success/);
    expect(output).toContain('Packaged demo-app 1.5.0');
    expect(await readFile(join(outDir, 'artifacts', 'dist', 'app.js'), 'utf8')).toContain(
      'export function health()',
    );
    const logs = (await readdir(outDir)).filter((name) => /^deploy-\d+\.log$/.test(name));
    expect(logs).toHaveLength(1);
    expect(await readFile(join(outDir, logs[0] as string), 'utf8')).toContain(
      'Deploying demo-app 1.5.0 to production',
    );
    // No token of the emulator's kinds is ever printed.
    expect(output).not.toMatch(/glpat-|glcbt-/);
  }, 180_000);
});
