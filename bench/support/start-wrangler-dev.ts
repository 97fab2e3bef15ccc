// Serves the relay under `wrangler dev` (workerd, offline) with a benchmark configuration.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../scripts/demo/free-port.js';
import { benchTempDir } from './bench-temp-dir.js';
import { REPO_ROOT } from './build-children.js';

/** Which Worker to serve: the relay (functions/index.ts) or the bare pass-through reference. */
export type BenchWorker = 'relay' | 'pass-through';

/** A running Worker server. */
export interface WorkerServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Starts `wrangler dev` with `vars` as --var and resolves once the Worker answers. The relay runs
 * on the repository's wrangler.toml minus its `[[ratelimits]]` binding (it would answer 429 after
 * 300 requests a minute per job, and a load test is nothing else); the pass-through Worker on the
 * same compatibility date.
 */
export async function startWranglerDev(
  vars: Record<string, string>,
  worker: BenchWorker = 'relay',
): Promise<WorkerServer> {
  const dir = join(benchTempDir(), `wrangler-${worker}`);
  mkdirSync(dir, { recursive: true });
  const config = join(dir, 'wrangler.toml');
  const repoConfig = readFileSync(join(REPO_ROOT, 'wrangler.toml'), 'utf8');
  writeFileSync(
    config,
    worker === 'relay' ? relayConfig(repoConfig) : passThroughConfig(repoConfig),
  );
  const port = await freePort();
  const inspectorPort = await freePort();
  const args = [
    join(REPO_ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js'),
    'dev',
    '--config',
    config,
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--inspector-port',
    String(inspectorPort),
    '--show-interactive-dev-session=false',
    ...Object.entries(vars).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
  ];
  const child = spawn(process.execPath, args, {
    cwd: dir,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
    // Its own process group, so workerd (its child) is stopped with it.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    // The relay logs a line per decision: drain it, keep only the start for errors.
    if (output.length < 20_000) output += chunk.toString('utf8');
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const killer = setTimeout(() => {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      }, 5_000);
      await exited;
      clearTimeout(killer);
    }
  };
  try {
    await waitForReady(worker === 'relay' ? `${url}/-/health` : url, () => child.exitCode !== null);
  } catch (error) {
    await stop();
    throw new Error(
      `wrangler dev did not start: ${(error as Error).message}\n${output.slice(0, 3000)}`,
    );
  }
  return { url, close: stop };
}

// The repository's configuration, `main` made absolute, the rate limiter left out.
function relayConfig(toml: string): string {
  const withoutLimiter = toml.replace(/\[\[ratelimits\]\][\s\S]*?(?=\n\[|\n#|$)/g, '');
  if (/ratelimits/.test(withoutLimiter)) throw new Error('could not drop [[ratelimits]]');
  return withoutLimiter.replace(
    /^main\s*=\s*"([^"]+)"/m,
    (_line, main: string) => `main = ${JSON.stringify(join(REPO_ROOT, main))}`,
  );
}

function passThroughConfig(toml: string): string {
  const date = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)?.[1];
  if (!date) throw new Error('wrangler.toml has no compatibility_date');
  const main = join(REPO_ROOT, 'bench', 'workers', 'pass-through-worker.ts');
  return `name = "jobrelay-bench-pass-through"\nmain = ${JSON.stringify(main)}\ncompatibility_date = "${date}"\n`;
}

// Until `url` answers at all (the pass-through Worker) or answers 200 (the relay's health).
async function waitForReady(url: string, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('it exited');
    try {
      const response = await fetch(url);
      const body = await response.text();
      if (response.status === 200 || !url.endsWith('/-/health')) return;
      if (response.status === 503) throw new Error(`misconfigured: ${body}`);
    } catch (error) {
      if ((error as Error).message.startsWith('misconfigured')) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('no healthy answer within 90 s');
}
