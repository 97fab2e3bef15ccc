// One line of the benchmark table: a metric for jobrelay next to its baseline, with its target.
import { type Summary, summarize } from './summary.js';

/** Whether a row reached its target; `info` rows have no target of their own. */
export type Verdict = 'met' | 'MISSED' | 'info';

/** One measured metric, jobrelay against the baseline measured in the same run. */
export interface BenchRow {
  /** The benchmark, as numbered in issue 6 (e.g. `1 relay overhead`). */
  benchmark: string;
  /** What is measured (e.g. `GET job p50 latency`). */
  metric: string;
  /** Unit of the figures (`ms`, `MB`, `calls`…). */
  unit: string;
  jobrelay: Summary;
  /** What jobrelay is compared with, measured in the same run; absent where there is none. */
  baseline?: { name: string; summary: Summary };
  /** jobrelay's median divided by the baseline's median. */
  ratio?: number;
  /** The target in words, e.g. `≤ 1.5× curl`; `—` for information only. */
  target: string;
  verdict: Verdict;
  /** Why, and for a missed target what it would take. */
  notes: string;
}

/** What a benchmark states about one metric; the samples are summarised here. */
export interface RowInput {
  benchmark: string;
  metric: string;
  unit: string;
  jobrelay: readonly number[];
  baseline?: { name: string; samples: readonly number[] };
  target?: string;
  /** Whether the target was reached; leave out for an information-only row. */
  met?: boolean;
  notes?: string;
}

/** Builds a row: summaries, ratio of medians, verdict. */
export function benchRow(input: RowInput): BenchRow {
  const jobrelay = summarize(input.jobrelay);
  const row: BenchRow = {
    benchmark: input.benchmark,
    metric: input.metric,
    unit: input.unit,
    jobrelay,
    target: input.target ?? '—',
    verdict: input.met === undefined ? 'info' : input.met ? 'met' : 'MISSED',
    notes: input.notes ?? '',
  };
  if (input.baseline) {
    const summary = summarize(input.baseline.samples);
    row.baseline = { name: input.baseline.name, summary };
    if (summary.median !== 0) row.ratio = jobrelay.median / summary.median;
  }
  return row;
}
