// Renders the rows as a Markdown table, notes in their own column.
import type { BenchRow } from './bench-row.js';
import { rowCells } from './format-cells.js';

/** A GitHub-flavoured Markdown table of `rows`. */
export function renderMarkdown(rows: readonly BenchRow[]): string {
  const header = '| benchmark | metric | jobrelay | baseline | ratio | target | met? | notes |';
  const rule = '|---|---|--:|--:|--:|---|---|---|';
  const lines = rows.map((row) => {
    const cells = rowCells(row);
    const met = cells.met === 'MISSED' ? '**MISSED**' : cells.met;
    return `| ${[
      cells.benchmark,
      cells.metric,
      cells.jobrelay,
      cells.baseline,
      cells.ratio,
      cells.target,
      met,
      row.notes,
    ]
      .map(escapeCell)
      .join(' | ')} |`;
  });
  return [header, rule, ...lines].join('\n');
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
