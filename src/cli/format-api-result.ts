// Prints an API command's result for people: one line per job, or a job's main fields.

/** Lines for a human reader (the `--json` form is the result itself). */
export function formatApiResult(result: unknown): string {
  if (Array.isArray(result)) {
    if (result.length === 0) return 'No jobs.\n';
    return `${result.map((item) => jobLine(item as Record<string, unknown>)).join('\n')}\n`;
  }
  const record = (result ?? {}) as Record<string, unknown>;
  if (typeof record.id === 'number' && typeof record.status === 'string') {
    const pipeline = record.pipeline as { id?: number } | undefined;
    const lines = [
      jobLine(record),
      `  stage ${String(record.stage)}, ref ${String(record.ref)}${pipeline?.id ? `, pipeline ${pipeline.id}` : ''}`,
    ];
    if (record.failure_reason) lines.push(`  failure reason: ${String(record.failure_reason)}`);
    return `${lines.join('\n')}\n`;
  }
  return `${JSON.stringify(result, null, 2)}\n`;
}

function jobLine(job: Record<string, unknown>): string {
  return [
    String(job.id).padStart(8),
    String(job.status).padEnd(20),
    String(job.name),
    String(job.web_url ?? ''),
  ].join('  ');
}
