// The step summary as Markdown: facts in a table, the log tail fenced so it cannot break out.
import { describe, expect, it } from 'vitest';
import type { JobSummary } from '../../src/steps/job-summary.js';
import {
  codeSpan,
  escapeMarkdown,
  renderSummaryMarkdown,
} from '../../src/steps/render-summary-markdown.js';
import { fixtureText } from '../gitlab/trace/trace-fixtures.js';

const summary: JobSummary = {
  command: 'wait-for-job',
  outcome: 'failed',
  headline: 'Job 7 "deploy" ended failed (script_failure), not one of: success',
  job: {
    id: 7,
    name: 'deploy',
    status: 'failed',
    webUrl: 'https://gitlab.example.com/group/app/-/jobs/7',
    durationSeconds: 65.4,
    failureReason: 'script_failure',
  },
  logTail: ['$ ./deploy.sh', 'ERROR: Job failed: exit code 1'],
  details: [],
};

describe('renderSummaryMarkdown', () => {
  it('renders the job, status, duration, link, reason and log tail', () => {
    expect(renderSummaryMarkdown(summary)).toBe(fixtureText('summary-failed.md'));
  });

  it('fences a tail holding backticks with a longer fence', () => {
    const markdown = renderSummaryMarkdown({ ...summary, logTail: ['```', 'x'] });
    expect(markdown).toContain('````text\n```\nx\n````');
  });

  it('leaves the tail out when there is none', () => {
    expect(renderSummaryMarkdown({ ...summary, logTail: [] })).not.toContain('<details>');
  });
});

describe('escapeMarkdown', () => {
  it('escapes table pipes, links and HTML', () => {
    expect(escapeMarkdown('a|b [x](y) <script>')).toBe('a\\|b \\[x\\]\\(y\\) &lt;script&gt;');
  });
});

describe('renderSummaryMarkdown code spans', () => {
  const cell = (markdown: string, label: string) =>
    markdown.split('\n').find((line) => line.startsWith(`| ${label} |`));

  it('shows a failure reason as typed: no backslash, since escapes do not apply in code', () => {
    const markdown = renderSummaryMarkdown(summary);
    expect(cell(markdown, 'Failure reason')).toBe('| Failure reason | `script_failure` |');
    expect(cell(markdown, 'Status')).toBe('| Status | `failed` |');
  });

  it('keeps backticks, pipes and line breaks of a reason from ending the span or the cell', () => {
    const markdown = renderSummaryMarkdown({
      ...summary,
      job: { ...summary.job, failureReason: '`odd`|reason\nhere' },
    });
    expect(cell(markdown, 'Failure reason')).toBe('| Failure reason | `` `odd`\\|reason here `` |');
  });
});

describe('codeSpan', () => {
  it.each([
    ['script_failure', '`script_failure`'],
    ['a*b<c>&', '`a*b<c>&`'],
    ['a`b', '``a`b``'],
    ['``x', '``` ``x ```'],
    ['a|b', '`a\\|b`'],
  ])('%j → %j', (text, span) => {
    expect(codeSpan(text)).toBe(span);
  });
});
