// Starts the relay under `wrangler dev` (workerd, offline) and resolves once it answers.
import type { ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { freePort } from './free-port.js';
import { spawnInGroup, stopGroup } from './process-groups.js';

/** A relay running under wrangler dev. */
export interface RelayDev {
  url: string;
  /** Where wrangler's own output goes. */
  logPath: string;
  stop(): Promise<void>;
}

/** Options: the upstream GitLab, the service token, the policy, and where to log. */
export interface RelayDevOptions {
  gitlabUrl: string;
  serviceToken: string;
  policy: object;
  logPath: string;
  port?: number;
  readyTimeoutMs?: number;
}

/** Runs `wrangler dev` with the given vars; rejects if it is not ready in time. */
export async function startRelayDev(options: RelayDevOptions): Promise<RelayDev> {
  const port = options.port ?? (await freePort());
  const inspectorPort = await freePort();
  const log = createWriteStream(options.logPath);
  // Its own process group: wrangler starts esbuild and workerd, which ignore SIGTERM; stopping
  // the group stops them too, and a signal handler of the demo can do it at any moment.
  const child = spawnInGroup(
    process.execPath,
    [
      'node_modules/wrangler/bin/wrangler.js',
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--inspector-port',
      String(inspectorPort),
      '--show-interactive-dev-session=false',
      '--var',
      `GITLAB_URL:${options.gitlabUrl}`,
      '--var',
      `GITLAB_TOKEN:${options.serviceToken}`,
      '--var',
      `POLICY:${JSON.stringify(options.policy)}`,
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true', NO_COLOR: '1' },
    },
  );
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilHealthy(url, child, options.readyTimeoutMs ?? 90_000);
  } catch (error) {
    await stopGroup(child);
    log.end();
    throw error;
  }
  return {
    url,
    logPath: options.logPath,
    stop: async () => {
      await stopGroup(child);
      log.end();
    },
  };
}

async function waitUntilHealthy(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/-/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not answer within ${timeoutMs / 1000} s`);
}
