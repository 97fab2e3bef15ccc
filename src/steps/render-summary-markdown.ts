// Renders a step's end as Markdown for GitHub's step summary.
import type { JobSummary } from './job-summary.js';

const ICONS: Record<JobSummary['outcome'], string> = {
  success: '✅',
  failed: '❌',
  'timed-out': '⏱️',
};

/** The summary as Markdown: a heading, a table of facts, and the log tail in a folded code block. */
export function renderSummaryMarkdown(summary: JobSummary): string {
  const { job } = summary;
  const rows: Array<[string, string]> = [
    ['Job', `[#${job.id} ${escapeMarkdown(job.name)}](${linkDestination(job.webUrl)})`],
    ['Status', codeSpan(job.status)],
    ['Duration', job.durationSeconds === null ? '—' : `${Math.round(job.durationSeconds)} s`],
  ];
  if (job.failureReason) rows.push(['Failure reason', codeSpan(job.failureReason)]);
  for (const [label, value] of summary.details) rows.push([label, escapeMarkdown(value)]);
  const lines = [
    `### ${ICONS[summary.outcome]} ${summary.command}: ${escapeMarkdown(summary.headline)}`,
    '',
    '| | |',
    '| --- | --- |',
    ...rows.map(([label, value]) => `| ${label} | ${value} |`),
    '',
  ];
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
