// Turns a row's figures into table cells: median with its spread, baseline, ratio, verdict.
import type { BenchRow } from './bench-row.js';
import { formatNumber } from './format-number.js';
import type { Summary } from './summary.js';

/** The cells of one row, in table order. */
export interface RowCells {
  benchmark: string;
  metric: string;
  jobrelay: string;
  baseline: string;
  ratio: string;
  target: string;
  met: string;
}

/** `median (min–max)`, or the median alone when every sample was the same. */
export function formatSummary(summary: Summary): string {
  const median = formatNumber(summary.median);
  if (summary.min === summary.max) return median;
  return `${median} (${formatNumber(summary.min)}–${formatNumber(summary.max)})`;
}

/** The cells of `row`. */
export function rowCells(row: BenchRow): RowCells {
  return {
    benchmark: row.benchmark,
    metric: `${row.metric} (${row.unit})`,
    jobrelay: formatSummary(row.jobrelay),
    baseline: row.baseline ? `${row.baseline.name}: ${formatSummary(row.baseline.summary)}` : '—',
    ratio: row.ratio === undefined ? '—' : `${formatNumber(row.ratio)}×`,
    target: row.target,
    met: row.verdict === 'met' ? 'met' : row.verdict === 'MISSED' ? 'MISSED' : '—',
  };
}
