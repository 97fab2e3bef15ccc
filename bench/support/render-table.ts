// Renders the rows as one plain-text table for stdout, notes as numbered lines under it.
import type { BenchRow } from './bench-row.js';
import { type RowCells, rowCells } from './format-cells.js';

const HEADERS: RowCells & { notes: string } = {
  benchmark: 'benchmark',
  metric: 'metric',
  jobrelay: 'jobrelay',
  baseline: 'baseline',
  ratio: 'ratio',
  target: 'target',
  met: 'met?',
  notes: 'notes',
};

/** The table: one line per row, aligned columns, `[n]` pointing to the notes below. */
export function renderTable(rows: readonly BenchRow[]): string {
  const notes: string[] = [];
  const lines = rows.map((row) => {
    let ref = '';
    if (row.notes) {
      notes.push(row.notes);
      ref = `[${notes.length}]`;
    }
    return { ...rowCells(row), notes: ref };
  });
  const columns = Object.keys(HEADERS) as (keyof typeof HEADERS)[];
  const widths = columns.map((column) =>
    Math.max(HEADERS[column].length, ...lines.map((line) => line[column].length)),
  );
  const format = (line: typeof HEADERS) =>
    columns
      .map((column, index) => line[column].padEnd(widths[index] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const table = [format(HEADERS), rule, ...lines.map(format)].join('\n');
  const noteLines = notes.map((note, index) => `[${index + 1}] ${note}`);
  return noteLines.length > 0 ? `${table}\n\n${noteLines.join('\n')}\n` : `${table}\n`;
}
