// The built package (tsc output, as published) exports the core from its main entry.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(process.cwd(), '.build-test-'));
  await run(process.execPath, [
    'node_modules/typescript/bin/tsc',
    '-p',
    'tsconfig.build.json',
    '--outDir',
    outDir,
  ]);
}, 120_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('the built package', () => {
  it('exports every endpoint function from the main entry that package.json names', async () => {
    const pkg = JSON.parse(await readFile('package.json', 'utf8')) as {
      main: string;
      exports: Record<string, { default: string }>;
    };
    expect(pkg.main).toBe('./build/index.js');
    expect(pkg.exports['.']?.default).toBe('./build/index.js');
    const core = (await import(pathToFileURL(join(outDir, 'index.js')).href)) as Record<
      string,
      unknown
    >;
    for (const name of [
      'createClient',
      'listProjectJobs',
      'listPipelineJobs',
      'listPipelineBridges',
      'getJobTokenJob',
      'getAllowedAgents',
      'getJob',
      'getJobTrace',
      'cancelJob',
      'retryJob',
      'eraseJob',
      'playJob',
    ]) {
      expect(typeof core[name]).toBe('function');
    }
  });

  it('builds the Node and emulator entries package.json exports', async () => {
    const node = (await import(pathToFileURL(join(outDir, 'node.js')).href)) as Record<
      string,
      unknown
    >;
    expect(typeof node.writeJobTraceToFile).toBe('function');
    const emulator = (await import(
      pathToFileURL(join(outDir, 'emulator/index.js')).href
    )) as Record<string, unknown>;
    expect(typeof emulator.createEmulator).toBe('function');
  });
});
