// Renders a step's end as Markdown for GitHub's step summary.
import type { StepSummary, SummaryJob, SummaryPipeline } from './job-summary.js';
import { jobRemarks } from './pipeline-tree-lines.js';

const ICONS: Record<StepSummary['outcome'], string> = {
  success: '✅',
  failed: '❌',
  'timed-out': '⏱️',
};

/** The summary as Markdown: a heading, a table of facts, and the log tail in a folded code block. */
export function renderSummaryMarkdown(summary: StepSummary): string {
  const { job, pipeline } = summary;
  const rows: Array<[string, string]> = [];
  if (job) {
    rows.push(
      ['Job', `[#${job.id} ${escapeMarkdown(job.name)}](${linkDestination(job.webUrl)})`],
      ['Status', codeSpan(job.status)],
      ['Duration', job.durationSeconds === null ? '—' : `${Math.round(job.durationSeconds)} s`],
    );
    if (job.failureReason) rows.push(['Failure reason', codeSpan(job.failureReason)]);
  }
  if (pipeline) {
    rows.push(
      ['Pipeline', `[#${pipeline.id}](${linkDestination(pipeline.webUrl)})`],
      ['Status', codeSpan(pipeline.status)],
      [
        'Duration',
        pipeline.durationSeconds === null ? '—' : `${Math.round(pipeline.durationSeconds)} s`,
      ],
    );
  }
  for (const [label, value] of summary.details) rows.push([label, escapeMarkdown(value)]);
  const lines = [
    `### ${ICONS[summary.outcome]} ${summary.command}: ${escapeMarkdown(summary.headline)}`,
    '',
    '| | |',
    '| --- | --- |',
    ...rows.map(([label, value]) => `| ${label} | ${value} |`),
    '',
  ];
  if (pipeline) lines.push(...pipelineMarkdown(pipeline, ''), '');
  if (summary.logTail.length > 0) {
    const body = summary.logTail.join('\n');
    // A fence longer than any run of backticks in the log, so the log cannot close it.
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    lines.push(
      `<details><summary>Last ${summary.logTail.length} lines of the log</summary>`,
      '',
      `${fence}text`,
      body,
      fence,
      '',
      '</details>',
      '',
    );
  }
  return lines.join('\n');
}

// The pipeline as a nested list: its stages, each stage's jobs, a bridge's pipeline under it.
function pipelineMarkdown(pipeline: SummaryPipeline, indent: string): string[] {
  const lines = [
    `${indent}- **Pipeline [#${pipeline.id}](${linkDestination(pipeline.webUrl)})** (project ${pipeline.projectId}, ${codeSpan(pipeline.ref)}): ${codeSpan(pipeline.status)}`,
  ];
  for (const stage of pipeline.stages) {
    lines.push(`${indent}  - Stage ${codeSpan(stage.name)}`);
    for (const job of stage.jobs) lines.push(...jobMarkdown(job, `${indent}    `));
  }
  return lines;
}

function jobMarkdown(job: SummaryJob, indent: string): string[] {
  const icon = JOB_ICONS[job.status] ?? '•';
  const kind = job.bridge ? ' (bridge)' : '';
  const lines = [
    `${indent}- ${icon} [#${job.id} ${escapeMarkdown(job.name)}](${linkDestination(job.webUrl)})${kind}: ${codeSpan(job.status)}${escapeMarkdown(jobRemarks(job))}`,
  ];
  if (job.bridge?.note) lines.push(`${indent}  - ${escapeMarkdown(job.bridge.note)}`);
  if (job.bridge?.downstream) lines.push(...pipelineMarkdown(job.bridge.downstream, `${indent}  `));
  return lines;
}

const JOB_ICONS: Partial<Record<string, string>> = {
  success: '✅',
  failed: '❌',
  canceled: '🚫',
  skipped: '⏭️',
  manual: '⏸️',
  running: '🔄',
};

/**
 * Text as a code span in a table cell. Backslash escapes and HTML entities are not read inside
 * code, so only what can end the span is handled: a delimiter longer than any backtick run in the
 * text, a table pipe (escaped: GitHub splits cells before it reads spans), line breaks.
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A span starting or ending with a backtick needs a space so the fence stays apart from it.
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

// A link destination that neither a space nor a parenthesis in the URL can end early.
function linkDestination(url: string): string {
  return encodeURI(url).replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** Escapes text so Markdown and HTML show it literally, outside code spans (table cells included). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, (char) => `\\${char}`)
    .replace(/\r?\n/g, ' ');
}
