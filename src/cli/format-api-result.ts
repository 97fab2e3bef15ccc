// Prints an API command's result for people: jobs as an aligned table with a header, one job as a few lines.
import { printableText } from '../steps/printable-text.js';

const COLUMNS = ['ID', 'STATUS', 'STAGE', 'NAME', 'URL'] as const;

/** Lines for a human reader (the `--json` form is the result itself). */
export function formatApiResult(result: unknown): string {
  if (Array.isArray(result)) return formatJobTable(result as Array<Record<string, unknown>>);
  const record = (result ?? {}) as Record<string, unknown>;
  if (typeof record.id === 'number' && typeof record.status === 'string') {
    const pipeline = record.pipeline as { id?: number } | undefined;
    const lines = [
      `job ${record.id} ${cell(record.name)}: ${cell(record.status)}`,
      `  stage ${cell(record.stage)}, ref ${cell(record.ref)}${pipeline?.id ? `, pipeline ${pipeline.id}` : ''}`,
      `  ${cell(record.web_url)}`,
    ];
    if (record.failure_reason) lines.push(`  failure reason: ${cell(record.failure_reason)}`);
    return `${lines.join('\n')}\n`;
  }
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** Jobs (or bridges) as a table: a header, then one row per job, each column as wide as its widest cell. */
export function formatJobTable(jobs: ReadonlyArray<Record<string, unknown>>): string {
  if (jobs.length === 0) return 'No jobs.\n';
  const rows = jobs.map((job) => [
    cell(job.id),
    cell(job.status),
    cell(job.stage),
    cell(job.name),
    cell(job.web_url),
  ]);
  const table = [[...COLUMNS], ...rows];
  const widths = COLUMNS.map((_, column) =>
    Math.max(...table.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: string[]) =>
    row
      .map((text, column) => {
        const width = widths[column] ?? 0;
        if (column === row.length - 1) return text;
        // Ids align right, as numbers do; the rest align left.
        return column === 0 ? text.padStart(width) : text.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return `${table.map(line).join('\n')}\n`;
}

// A cell from GitLab's answer: its control characters (and line breaks) become spaces.
function cell(value: unknown): string {
  const text = value === null || value === undefined ? '-' : String(value);
  return printableText(text);
}
