// Starts an emulator server in its own process (so it never competes with the client for a thread).
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioInput } from '../../src/emulator/scenario/scenario-schema.js';
import { benchTempDir } from './bench-temp-dir.js';
import { childScript } from './build-children.js';

/** A running emulator process. */
export interface EmulatorProcess {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  pid: number;
  /** Live job tokens, as the control API lists them. */
  jobTokens(): Promise<Array<{ token: string; jobId: number; jobName: string }>>;
  /** Sequence number of the last API request the emulator received (0 before any). */
  lastRequestSeq(): Promise<number>;
  /** `GET /api/v4/job` requests (identity checks) after sequence number `seq` (needs a long enough log). */
  identityChecksSince(seq: number): Promise<number>;
  /** Stops the process and waits for it to exit. */
  close(): Promise<void>;
}

let scenarios = 0;

/**
 * Starts an emulator process serving `scenario` on a free loopback port (virtual clock); its
 * request log keeps the last `requestLogLimit` requests (default 100).
 */
export async function startEmulatorProcess(
  scenario: ScenarioInput,
  requestLogLimit = 100,
): Promise<EmulatorProcess> {
  const scenarioPath = join(benchTempDir(), `scenario-${++scenarios}.json`);
  writeFileSync(scenarioPath, JSON.stringify(scenario));
  const script = await childScript('emulator-server');
  const child = spawn(process.execPath, [script, scenarioPath, String(requestLogLimit)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await firstLineUrl(child);
  const control = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${url}/-/emulator/${path}`);
    if (!response.ok) throw new Error(`emulator control ${path}: ${response.status}`);
    return (await response.json()) as T;
  };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    pid: child.pid as number,
    jobTokens: () => control('job-tokens'),
    async lastRequestSeq() {
      const entries = await control<Array<{ seq: number }>>('requests');
      return entries.at(-1)?.seq ?? 0;
    },
    async identityChecksSince(seq) {
      const entries = await control<Array<{ seq: number; path: string }>>(
        'requests?method=GET&path=/api/v4/job',
      );
      return entries.filter((entry) => entry.seq > seq && entry.path === '/api/v4/job').length;
    },
    async close() {
      child.stdin?.end();
      await exited;
    },
  };
}

function firstLineUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const end = buffered.indexOf('\n');
      if (end < 0) return;
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      resolve((JSON.parse(buffered.slice(0, end)) as { url: string }).url);
    };
    child.stdout?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the emulator process exited (${code})`)));
  });
}
