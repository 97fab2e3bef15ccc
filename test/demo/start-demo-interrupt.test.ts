// Interrupting `npm start` while the relay is still starting leaves no process behind.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

interface ProcessInfo {
  pid: number;
  ppid: number;
  pgid: number;
  /** Start time in clock ticks since boot: with the pid, names one process even if the pid is reused. */
  start: string;
  command: string;
}

function processInfo(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: the fields after it are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z') return undefined; // a zombie has already stopped
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
    return {
      pid,
      ppid: Number(fields[1]),
      pgid: Number(fields[2]),
      start: fields[19] ?? '',
      command,
    };
  } catch {
    return undefined;
  }
}

function allProcesses(): ProcessInfo[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => processInfo(Number(name)) ?? []);
}

/** Every process below `root` (children, their children, …). */
function descendants(root: number): ProcessInfo[] {
  const all = allProcesses();
  const found: ProcessInfo[] = [];
  const parents = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const info of all) {
      if (parents.has(info.ppid) && !parents.has(info.pid)) {
        parents.add(info.pid);
        found.push(info);
        grew = true;
      }
    }
  }
  return found;
}

// The program and its first argument: a command line may carry a token (wrangler's --var), never shown.
function shown(info: ProcessInfo): string {
  return `${info.pid} ${info.command.split(' ').slice(0, 2).join(' ')}`;
}

function stillRunning(info: ProcessInfo): boolean {
  return processInfo(info.pid)?.start === info.start;
}

const dirs: string[] = [];
const seen: ProcessInfo[] = [];
afterAll(async () => {
  // Whatever the outcome, nothing this test started outlives it.
  for (const info of seen) if (stillRunning(info)) process.kill(info.pid, 'SIGKILL');
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(process.platform !== 'linux')('npm start, interrupted', () => {
  it('stops wrangler, workerd and esbuild (whole process groups) on a SIGINT while the relay starts', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'jobrelay-start-int-'));
    dirs.push(outDir);
    const demo = spawn(
      process.execPath,
      [
        'node_modules/tsx/dist/cli.mjs',
        'scripts/demo/start-demo.ts',
        '--once',
        '--out-dir',
        outDir,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    demo.stdout.on('data', (chunk) => (output += chunk));
    demo.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => demo.once('exit', resolve));
    const demoPid = demo.pid as number;

    // Wait until wrangler has started workerd, or at least is starting: the relay is not up yet.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !output.includes('relay:')) {
      for (const info of descendants(demoPid)) {
        if (!seen.some((known) => known.pid === info.pid)) seen.push(info);
      }
      if (seen.some((info) => /workerd/.test(info.command))) break;
      await sleep(100);
    }
    expect(output).toContain('Starting the jobrelay relay');
    expect(seen.some((info) => /wrangler/.test(info.command))).toBe(true);

    // One SIGINT to the demo alone (as `kill -INT`, not the terminal's whole group).
    demo.kill('SIGINT');
    const code = await Promise.race([exited, sleep(20_000).then(() => 'still running')]);
    expect(code).not.toBe('still running');
    // Nothing the demo started is left, neither by pid nor in any of its process groups.
    await sleep(200);
    const left = seen.filter(stillRunning);
    expect(left.map(shown)).toEqual([]);
    // The demo's own group is the test runner's (it was not detached): only the groups it made count.
    const ownGroup = processInfo(process.pid)?.pgid;
    const groups = new Set(seen.map((info) => info.pgid).filter((pgid) => pgid !== ownGroup));
    expect(groups.size).toBeGreaterThan(0);
    expect(
      allProcesses()
        .filter((info) => groups.has(info.pgid))
        .map(shown),
    ).toEqual([]);
  }, 120_000);
});
