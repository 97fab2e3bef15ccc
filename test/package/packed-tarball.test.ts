// The package as users get it: packed, installed offline into an empty project; the library brings only valibot, and the library, the CLI and the emulator entries run.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = process.cwd();
let scratch: string;
let project: string;
let packed: {
  filename: string;
  size: number;
  unpackedSize: number;
  files: Array<{ path: string }>;
};

// npm as a user runs it, from the cache where it can (the registry only for what the cache lacks), no audit, no funding notices.
const npm = (args: string[], cwd: string) =>
  run('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    env: { ...process.env, npm_config_update_notifier: 'false' },
    maxBuffer: 64 * 1024 * 1024,
  });
const node = (code: string) =>
  run(process.execPath, ['--input-type=module', '-e', code], { cwd: project });

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'jobrelay-pack-'));
  const staging = join(scratch, 'staging');
  project = join(scratch, 'project');
  await mkdir(staging);
  await mkdir(project);
  // What `npm pack` would see after prepack, without touching the work tree: the committed
  // dist/ (a test keeps it fresh) and a fresh build/.
  for (const name of ['package.json', 'README.md', 'LICENSE', 'action.yml', 'templates', 'dist']) {
    await cp(join(root, name), join(staging, name), { recursive: true });
  }
  await run(process.execPath, [
    'node_modules/typescript/bin/tsc',
    '-p',
    'tsconfig.build.json',
    '--outDir',
    join(staging, 'build'),
  ]);
  const { stdout } = await npm(
    ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch],
    staging,
  );
  [packed] = JSON.parse(stdout);
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  await npm(['install', join(scratch, packed.filename)], project);
}, 120_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('ships the licence, the library, the bundles and the components, and no source maps', () => {
    const files = packed.files.map((file) => file.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'action.yml',
        'build/index.js',
        'build/index.d.ts',
        'build/entries/emulator-entry.js',
        'dist/cli.js',
        'dist/index.js',
        'templates/trigger-manual-job.yml',
      ]),
    );
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    // The faces are bundled in dist/; their tsc output would import devDependencies.
    expect(files.filter((file) => /^build\/(action|cli)\//.test(file))).toEqual([]);
    expect(files.filter((file) => /^(src|test)\//.test(file))).toEqual([]);
  });
});

describe('jobrelay installed into an empty project', () => {
  it('brings valibot and nothing else', async () => {
    const { stdout } = await npm(['ls', '--all', '--json'], project);
    const tree = JSON.parse(stdout) as {
      dependencies: Record<string, { dependencies?: Record<string, { version?: string }> }>;
    };
    expect(Object.keys(tree.dependencies)).toEqual(['jobrelay']);
    // Optional peers not installed are listed without a version.
    const installed = Object.entries(tree.dependencies.jobrelay?.dependencies ?? {})
      .filter(([, dependency]) => dependency.version !== undefined)
      .map(([name]) => name);
    expect(installed).toEqual(['valibot']);
    const folders = (await readdir(join(project, 'node_modules'))).filter(
      (name) => !name.startsWith('.'),
    );
    expect(folders.sort()).toEqual(['jobrelay', 'valibot']);
  });

  it('runs the library', async () => {
    const { stdout } = await node(
      "const m = await import('jobrelay'); const c = m.createClient({ url: 'https://gitlab.example.com', token: 'glpat-x' }); console.log(typeof m.playJob, c.apiUrl);",
    );
    expect(stdout.trim()).toBe('function https://gitlab.example.com/api/v4/');
  });

  it('runs the CLI with npx', async () => {
    const { stdout } = await run('npx', ['--no-install', 'jobrelay', '--version'], {
      cwd: project,
    });
    const { version } = JSON.parse(
      await import('node:fs').then((fs) => fs.readFileSync(join(root, 'package.json'), 'utf8')),
    ) as { version: string };
    expect(stdout.trim()).toBe(version);
  });

  it('runs the emulator from the CLI, bundled, without the optional peers', async () => {
    const { stdout } = await run('npx', ['--no-install', 'jobrelay', 'emulator', '--help'], {
      cwd: project,
    });
    expect(stdout).toContain('Usage: jobrelay emulator');
  });

  it('says which packages to install when the emulator entry is imported without them', async () => {
    const failed = await node("await import('jobrelay/emulator');").catch(
      (error: { stderr: string }) => error.stderr,
    );
    expect(failed).toContain(
      'jobrelay/emulator needs its optional peer dependencies (hono, @hono/node-server, yaml, @noble/hashes, fflate)',
    );
    expect(failed).toContain('run npm install hono @hono/node-server yaml @noble/hashes fflate');
  });

  it('runs the emulator entries once the optional peers are installed', async () => {
    await npm(['install', 'hono', '@hono/node-server', 'yaml', '@noble/hashes', 'fflate'], project);
    const { stdout } = await node(
      [
        "const { createEmulator, demoScenario } = await import('jobrelay/emulator');",
        "const { startEmulatorServer } = await import('jobrelay/emulator/node');",
        'const emulator = createEmulator({ scenario: demoScenario });',
        "const answer = await emulator.app.request('/-/emulator/state');",
        'console.log(typeof startEmulatorServer, answer.status);',
      ].join('\n'),
    );
    expect(stdout.trim()).toBe('function 200');
  }, 60_000);

  it('is small', async () => {
    expect(packed.size).toBeLessThan(1_000_000);
    const valibot = await stat(join(project, 'node_modules', 'valibot'));
    expect(valibot.isDirectory()).toBe(true);
  });
});
