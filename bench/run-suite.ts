// Runs the benchmarks of issues 6 and 12 in order and gathers their rows with what the machine was.

import { cpus, loadavg, totalmem } from 'node:os';
import { benchArtifactDownload } from './artifact-download.js';
import { benchListing } from './listing.js';
import { benchLogDownload } from './log-download.js';
import { benchLogFollowers } from './log-followers.js';
import { benchLogFollowing } from './log-following.js';
import { benchRelayOverhead } from './relay-overhead.js';
import type { RelayHost } from './relay-overhead-rows.js';
import { benchStartupAndSize } from './startup-and-size.js';
import type { BenchOptions, BenchSize } from './support/bench-options.js';
import { repetitionsFor } from './support/bench-options.js';
import type { BenchRow } from './support/bench-row.js';
import { benchValidationCost } from './validation-cost.js';
import { benchWaiting } from './waiting.js';

/** One benchmark of the suite. */
export interface Benchmark {
  /** Short name for `--only` (e.g. `relay-overhead`). */
  id: string;
  run(size: BenchSize, options: SuiteOptions): Promise<BenchRow[]>;
}

/** The suite, in the order. */
export const BENCHMARKS: readonly Benchmark[] = [
  { id: 'relay-overhead', run: benchRelayOverhead },
  { id: 'log-download', run: benchLogDownload },
  { id: 'log-following', run: benchLogFollowing },
  { id: 'waiting', run: benchWaiting },
  { id: 'listing', run: benchListing },
  { id: 'startup-and-size', run: benchStartupAndSize },
  { id: 'validation-cost', run: benchValidationCost },
  { id: 'log-followers', run: benchLogFollowers },
  { id: 'artifact-download', run: benchArtifactDownload },
];

/** Options of a suite run. */
export interface SuiteOptions extends BenchOptions {
  /** Run only these benchmark ids. */
  only?: readonly string[];
  /** Where the relay runs in benchmark 1 (default: workerd for full, node for smoke). */
  relayHost?: RelayHost;
}

/** Everything a run produced: the rows and the conditions they were measured in. */
export interface SuiteReport {
  generatedAt: string;
  size: BenchSize;
  repetitions: number;
  machine: {
    node: string;
    platform: string;
    cpu: string;
    cpus: number;
    memoryGb: number;
    /** 1-minute load average when the run started and ended: other work on the machine. */
    loadStart: number;
    loadEnd: number;
  };
  /** Seconds each benchmark took. */
  seconds: Record<string, number>;
  rows: BenchRow[];
}

/** Runs the suite (or `only` some of it) with the `size` profile. */
export async function runSuite(size: BenchSize, options: SuiteOptions = {}): Promise<SuiteReport> {
  const unknown = (options.only ?? []).filter((id) => !BENCHMARKS.some((b) => b.id === id));
  if (unknown.length > 0) throw new Error(`unknown benchmark(s): ${unknown.join(', ')}`);
  const chosen = BENCHMARKS.filter((b) => !options.only || options.only.includes(b.id));
  const loadStart = loadavg()[0] ?? 0;
  const rows: BenchRow[] = [];
  const seconds: Record<string, number> = {};
  for (const benchmark of chosen) {
    const started = performance.now();
    rows.push(...(await benchmark.run(size, options)));
    seconds[benchmark.id] = Math.round((performance.now() - started) / 100) / 10;
  }
  return {
    generatedAt: new Date().toISOString(),
    size,
    repetitions: repetitionsFor(size, options),
    machine: {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpu: cpus()[0]?.model ?? 'unknown',
      cpus: cpus().length,
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      loadStart,
      loadEnd: loadavg()[0] ?? 0,
    },
    seconds,
    rows,
  };
}
