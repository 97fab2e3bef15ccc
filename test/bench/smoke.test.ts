// The benchmark suite run with the smoke profile (tiny sizes, one repetition), so it never rots.
// Speed is not asserted here. Benchmark 1 serves the relay under Node in this process, not under
// wrangler dev (whose start-up alone costs seconds): the relay path is exercised, workerd is not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCHMARKS, runSuite, type SuiteReport } from '../../bench/run-suite.js';
import { removeBenchTempDir } from '../../bench/support/bench-temp-dir.js';
import { renderReportSection } from '../../bench/support/render-report-section.js';
import { renderTable } from '../../bench/support/render-table.js';
import type { Summary } from '../../bench/support/summary.js';

const ISSUE_BENCHMARKS = [
  '1 relay overhead',
  '2 log download',
  '3 log following',
  '4 waiting',
  '5 listing',
  '6 start-up and size',
  '7 validation cost',
  '8 many followers',
  '9 artifact download',
];

let report: SuiteReport;

beforeAll(async () => {
  report = await runSuite('smoke');
}, 120_000);

afterAll(() => removeBenchTempDir());

function expectFinite(summary: Summary): void {
  for (const value of [summary.median, summary.min, summary.max, summary.q1, summary.q3]) {
    expect(Number.isFinite(value)).toBe(true);
  }
  expect(summary.min).toBeLessThanOrEqual(summary.median);
  expect(summary.median).toBeLessThanOrEqual(summary.max);
  expect(summary.n).toBeGreaterThanOrEqual(1);
}

describe('the benchmark suite, smoke profile', () => {
  it('runs every benchmark of issues 6, 12 and 14, in order, each timed', () => {
    expect([...new Set(report.rows.map((row) => row.benchmark))]).toEqual(ISSUE_BENCHMARKS);
    expect(Object.keys(report.seconds)).toEqual(BENCHMARKS.map((benchmark) => benchmark.id));
  });

  it('reports only finite figures, and a finite ratio wherever there is a baseline', () => {
    for (const row of report.rows) {
      expectFinite(row.jobrelay);
      if (row.baseline) {
        expectFinite(row.baseline.summary);
        if (row.baseline.summary.median !== 0) expect(Number.isFinite(row.ratio)).toBe(true);
      }
    }
  });

  it('judges every target, and says why wherever one is missed', () => {
    const judged = report.rows.filter((row) => row.target !== '—');
    expect(judged.length).toBeGreaterThanOrEqual(ISSUE_BENCHMARKS.length);
    for (const row of report.rows) {
      if (row.target === '—') expect(row.verdict).toBe('info');
      else expect(['met', 'MISSED']).toContain(row.verdict);
      if (row.verdict === 'MISSED') expect(row.notes.length).toBeGreaterThan(20);
    }
  });

  it('prints one table with a line per row and a note per noted row', () => {
    const table = renderTable(report.rows);
    const [header, rule, ...rest] = table.split('\n');
    expect(header).toMatch(/^benchmark\s+metric\s+jobrelay\s+baseline\s+ratio\s+target\s+met\?/);
    expect(rule).toMatch(/^-+/);
    expect(
      rest.filter((line) => ISSUE_BENCHMARKS.some((name) => line.startsWith(name))),
    ).toHaveLength(report.rows.length);
    const noted = report.rows.filter((row) => row.notes).length;
    expect(rest.filter((line) => /^\[\d+\] /.test(line))).toHaveLength(noted);
  });

  it('renders the Markdown section with the conditions and a table row per row', () => {
    const section = renderReportSection(report);
    expect(section).toContain('profile `smoke`, 1 repetition)');
    const tableRows = section
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| benchmark'));
    expect(tableRows).toHaveLength(report.rows.length);
  });
});
