// Benchmark 1, relay overhead: latency, throughput and upstream calls of the relay against the emulator direct.
import {
  ENDPOINTS,
  type Endpoint,
  PATHS,
  type Path,
  type PathFigures,
  type RelayHost,
  relayOverheadRows,
} from './relay-overhead-rows.js';
import { BENCH_RELAY_POLICY } from './scenarios/bench-relay-policy.js';
import { BENCH_TOKEN, benchWorld, TARGET_PROJECT } from './scenarios/bench-world.js';
import {
  type BenchOptions,
  type BenchSize,
  progressOf,
  repetitionsFor,
} from './support/bench-options.js';
import type { BenchRow } from './support/bench-row.js';
import { findJobId } from './support/find-job-id.js';
import { loadTest } from './support/load-test.js';
import { startEmulatorProcess } from './support/start-emulator-process.js';
import { startNodeWorker } from './support/start-node-worker.js';
import {
  type BenchWorker,
  startWranglerDev,
  type WorkerServer,
} from './support/start-wrangler-dev.js';
import { quantile } from './support/summary.js';

const TRACE_BYTES = 16 * 1024;

/** Options of the relay benchmark. */
export interface RelayOverheadOptions extends BenchOptions {
  /** Default: workerd for `full`, node for `smoke` (wrangler dev takes seconds to start). */
  relayHost?: RelayHost;
}

/**
 * Sends the same requests straight to an emulator process, through the relay in front of it, and
 * through a bare pass-through Worker on the same runtime: a fixed number one at a time for
 * latency (p50, p99, sub-millisecond) and ten at a time for throughput. Each repetition uses a
 * new caller job token: its first request is the cold one (identity checked upstream), the rest
 * find it cached. Upstream requests are read from the emulator's request log.
 */
export async function benchRelayOverhead(
  size: BenchSize,
  options: RelayOverheadOptions = {},
): Promise<BenchRow[]> {
  const repetitions = repetitionsFor(size, options);
  const host = options.relayHost ?? (size === 'full' ? 'workerd' : 'node');
  const sequential = size === 'full' ? 300 : 50;
  const concurrent = size === 'full' ? 800 : 200;
  const log = progressOf(options);
  const perRepetition = ENDPOINTS.length * PATHS.length * 2 * (sequential + concurrent);
  const emulator = await startEmulatorProcess(
    benchWorld(
      Array.from({ length: 20 }, (_, index) => ({
        name: `job-${index + 1}`,
        queue: 0,
        // job-1's log is what `GET trace` reads: 16 KiB of 128-byte lines.
        ...(index === 0 ? { trace: { generate: { bytes: TRACE_BYTES, lineLength: 128 } } } : {}),
      })),
      { callers: repetitions * ENDPOINTS.length, pipelineAt: -3_600_000 },
    ),
    // Long enough to count the identity checks made during one load test.
    perRepetition + 1_000,
  );
  const servers: Partial<Record<BenchWorker, WorkerServer>> = {};
  const figures = new Map<string, PathFigures[]>();
  const warm = new Map<Endpoint, number[]>();
  const refreshes = new Map<Endpoint, number>();
  const cold: number[] = [];
  try {
    const vars = {
      GITLAB_URL: emulator.url,
      GITLAB_TOKEN: BENCH_TOKEN,
      POLICY: JSON.stringify(BENCH_RELAY_POLICY),
      // Every relayed request makes its own upstream request, as the pass-through Worker's do:
      // with reads shared (the default), repeating one request would mostly be served from memory.
      SHARE_READS_MS: '0',
    };
    log(`relay overhead: starting the relay and a pass-through Worker (${host})`);
    const start = host === 'workerd' ? startWranglerDev : startNodeWorker;
    servers.relay = await start(vars, 'relay');
    servers['pass-through'] = await start(vars, 'pass-through');
    const jobId = await findJobId(emulator.url, 'job-1');
    const project = encodeURIComponent(TARGET_PROJECT);
    const routes: Record<Endpoint, string> = {
      'GET job': `/api/v4/projects/${project}/jobs/${jobId}`,
      'GET list': `/api/v4/projects/${project}/jobs?per_page=20`,
      'GET trace': `/api/v4/projects/${project}/jobs/${jobId}/trace`,
      // By id, the benchmark policy shows only job-1*: the relay parses, filters, re-serialises.
      'GET list, filtered': '/api/v4/projects/2/jobs?per_page=20',
    };
    const tokens = (await emulator.jobTokens()).filter((t) => t.jobName.startsWith('caller-'));
    let nextToken = 0;
    for (let repetition = 0; repetition < repetitions; repetition++) {
      for (const endpoint of ENDPOINTS) {
        const token = tokens[nextToken++]?.token;
        if (!token) throw new Error('not enough caller jobs for fresh tokens');
        const targets: Record<Path, { url: string; headers: Record<string, string> }> = {
          direct: {
            url: emulator.url + routes[endpoint],
            headers: { 'PRIVATE-TOKEN': BENCH_TOKEN },
          },
          relay: { url: servers.relay.url + routes[endpoint], headers: { 'JOB-TOKEN': token } },
          'pass-through': { url: servers['pass-through'].url + routes[endpoint], headers: {} },
        };
        log(`relay overhead: ${endpoint} (${repetition + 1}/${repetitions})`);
        // The cold request: a token the relay has not seen.
        const coldStart = await emulator.lastRequestSeq();
        await loadTest({ ...targets.relay, connections: 1, amount: 1 });
        cold.push((await emulator.lastRequestSeq()) - coldStart);
        for (let index = 0; index < PATHS.length; index++) {
          // Rotate the order, so no path always meets a warmer (or busier) machine.
          const path = PATHS[(index + repetition) % PATHS.length] as Path;
          const before = await emulator.lastRequestSeq();
          const latency = await loadTest({ ...targets[path], connections: 1, amount: sequential });
          const load = await loadTest({ ...targets[path], connections: 10, amount: concurrent });
          if (path === 'relay') {
            const calls = (await emulator.lastRequestSeq()) - before;
            // A request that found the cache entry expired (30 s) is a cold one: 2 calls.
            const expired = await emulator.identityChecksSince(before);
            const total = sequential + concurrent;
            warm.set(endpoint, [
              ...(warm.get(endpoint) ?? []),
              (calls - 2 * expired) / (total - expired),
            ]);
            refreshes.set(endpoint, (refreshes.get(endpoint) ?? 0) + expired);
          }
          const sorted = [...latency.latenciesMs].sort((a, b) => a - b);
          const key = `${endpoint}/${path}`;
          figures.set(key, [
            ...(figures.get(key) ?? []),
            {
              p50: quantile(sorted, 0.5),
              p99: quantile(sorted, 0.99),
              requestsPerSecond: load.requestsPerSecond,
            },
          ]);
        }
      }
    }
  } finally {
    await servers.relay?.close();
    await servers['pass-through']?.close();
    await emulator.close();
  }
  return relayOverheadRows({ figures, warm, refreshes, cold }, host);
}
