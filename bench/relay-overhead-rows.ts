// The rows of benchmark 1 (relay overhead) from its measurements, with what each missed target would take.
import { type BenchRow, benchRow } from './support/bench-row.js';
import { formatNumber } from './support/format-number.js';
import { summarize } from './support/summary.js';

const BENCHMARK = '1 relay overhead';

/** The two requests measured. */
export const ENDPOINTS = ['GET job', 'GET list'] as const;
/** One of the two requests measured. */
export type Endpoint = (typeof ENDPOINTS)[number];
/** direct: the emulator; relay: jobrelay; pass-through: a Worker that only forwards (the runtime's floor). */
export const PATHS = ['direct', 'relay', 'pass-through'] as const;
/** One of the three ways a request goes. */
export type Path = (typeof PATHS)[number];

/** Where the Workers run: workerd under `wrangler dev` (full) or Node in the benchmark (smoke). */
export type RelayHost = 'workerd' | 'node';

/** The figures of one endpoint through one path in one repetition. */
export interface PathFigures {
  p50: number;
  p99: number;
  requestsPerSecond: number;
}

/** Everything benchmark 1 measured. */
export interface RelayMeasurements {
  /** By `<endpoint>/<path>`, one entry per repetition. */
  figures: Map<string, PathFigures[]>;
  /** Upstream requests per warm relayed request, one entry per repetition. */
  warm: Map<Endpoint, number[]>;
  /** Relayed requests that found their cache entry expired (cold, 2 calls each). */
  refreshes: Map<Endpoint, number>;
  /** Upstream requests of each new token's first request. */
  cold: number[];
}

/** The rows of benchmark 1. */
export function relayOverheadRows(measured: RelayMeasurements, host: RelayHost): BenchRow[] {
  const { figures, warm, refreshes, cold } = measured;
  const where =
    host === 'workerd'
      ? 'wrangler dev (workerd), rate limiter binding left out'
      : 'Node (@hono/node-server) in the benchmark process, not workerd';
  // Under wrangler dev each decision line goes to the console; under Node the log is dropped.
  const logging = host === 'workerd' ? ', and logging a decision line' : '';
  const rows: BenchRow[] = [];
  for (const endpoint of ENDPOINTS) {
    const of = (path: Path, field: keyof PathFigures) =>
      (figures.get(`${endpoint}/${path}`) ?? []).map((entry) => entry[field]);
    const median = (values: number[]) => summarize(values).median;
    const p50 = (path: Path) => median(of(path, 'p50'));
    const rate = (path: Path) => median(of(path, 'requestsPerSecond'));
    const added = p50('relay') - p50('direct');
    const floor = p50('pass-through') - p50('direct');
    const share = rate('relay') / rate('direct');
    const warmRatios = warm.get(endpoint) ?? [];
    const own =
      endpoint === 'GET list'
        ? `parsing, validating (valibot, benchmark 7) and re-serialising each page${logging}`
        : `validating the job (valibot) and re-serialising it${logging}`;
    const ownShare = rate('relay') / rate('pass-through');
    rows.push(
      benchRow({
        benchmark: BENCHMARK,
        metric: `${endpoint} p50 latency, one at a time`,
        unit: 'ms',
        jobrelay: of('relay', 'p50'),
        baseline: { name: 'emulator direct', samples: of('direct', 'p50') },
        target: '≤ +1 ms',
        met: added <= 1,
        notes: `+${formatNumber(added)} ms under ${where}${
          added <= 1
            ? ''
            : `. A Worker that only forwards adds +${formatNumber(floor)} ms on the same runtime (next row): the runtime's subrequest, which no relay avoids here. jobrelay's own +${formatNumber(added - floor)} ms comes from ${own}; relaying the upstream body as it came, after the policy check${logging ? ', and logging less' : ''}, would cut it`
        }`,
      }),
      benchRow({
        benchmark: BENCHMARK,
        metric: `${endpoint} p50 latency, one at a time`,
        unit: 'ms',
        jobrelay: of('relay', 'p50'),
        baseline: { name: 'pass-through Worker', samples: of('pass-through', 'p50') },
      }),
      benchRow({
        benchmark: BENCHMARK,
        metric: `${endpoint} p99 latency, one at a time`,
        unit: 'ms',
        jobrelay: of('relay', 'p99'),
        baseline: { name: 'emulator direct', samples: of('direct', 'p99') },
      }),
      benchRow({
        benchmark: BENCHMARK,
        metric: `${endpoint} throughput, 10 connections`,
        unit: 'req/s',
        jobrelay: of('relay', 'requestsPerSecond'),
        baseline: { name: 'emulator direct', samples: of('direct', 'requestsPerSecond') },
        target: '≥ 70% of direct',
        met: share >= 0.7,
        notes: `${formatNumber(share * 100)}% of direct${
          share >= 0.7
            ? ''
            : `; a Worker that only forwards reaches ${formatNumber((rate('pass-through') / rate('direct')) * 100)}% (next row): the runtime's subrequests bound any relay here, on the same 2 cores as the emulator and the load generator. ${ownShare >= 0.95 ? 'jobrelay keeps up with it' : `jobrelay reaches ${formatNumber(ownShare * 100)}% of it, for ${own}`}`
        }`,
      }),
      benchRow({
        benchmark: BENCHMARK,
        metric: `${endpoint} throughput, 10 connections`,
        unit: 'req/s',
        jobrelay: of('relay', 'requestsPerSecond'),
        baseline: { name: 'pass-through Worker', samples: of('pass-through', 'requestsPerSecond') },
      }),
      benchRow({
        benchmark: BENCHMARK,
        metric: `${endpoint} upstream requests per request, warm cache`,
        unit: 'requests',
        jobrelay: warmRatios,
        target: '= 1',
        met: warmRatios.every((value) => value === 1),
        notes: `from the emulator's request log; ${refreshes.get(endpoint) ?? 0} requests found their 30 s cache entry expired and were cold (2 each)`,
      }),
    );
  }
  rows.push(
    benchRow({
      benchmark: BENCHMARK,
      metric: 'upstream requests for a new token (cold cache)',
      unit: 'requests',
      jobrelay: cold,
      target: '= 2, never more',
      met: cold.every((value) => value === 2),
      notes: 'GET /job for the caller, then the relayed request',
    }),
  );
  return rows;
}
