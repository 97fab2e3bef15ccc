// Renders a job log as GitLab does: numbered lines, ANSI colours, collapsible timed sections.
import { type AnsiState, ansiToHtml, PLAIN_ANSI } from './ansi-to-html.js';
import { escapeHtml } from './escape-html.js';
import { formatDuration } from './format-duration.js';

// Runner's marker: `\e[0Ksection_start:<unix>:<name>[options]\r\e[0K`, then the header text.
const MARKER =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the marker is made of escape sequences.
  /^(?:\u001b\[0K)?section_(start|end):(\d+):([A-Za-z0-9_.-]+)(\[[^\]]*\])?\r(?:\u001b\[0K)?/;

interface Section {
  name: string;
  startedAt: number;
  collapsed: boolean;
  header: string;
  lineNumber: number;
  body: string;
}

/**
 * The log as HTML: each line a numbered row, each section a `<details>` element whose summary is
 * its header with its duration (sections still open have none yet and stay expanded, and
 * `[collapsed=true]` ones start closed). Every character of the log is escaped.
 */
export function renderJobLog(text: string): string {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let ansi: AnsiState = PLAIN_ANSI;
  let lineNumber = 0;
  const root: Section = {
    name: '',
    startedAt: 0,
    collapsed: false,
    header: '',
    lineNumber: 0,
    body: '',
  };
  const stack: Section[] = [root];
  const top = () => stack.at(-1) ?? root;

  for (const raw of lines) {
    let rest = raw;
    let match = MARKER.exec(rest);
    let opened: Section | undefined;
    while (match) {
      rest = rest.slice(match[0].length);
      const [, kind, unix, name = '', options = ''] = match;
      if (kind === 'start') {
        opened = {
          name,
          startedAt: Number(unix),
          collapsed: /collapsed=true/.test(options),
          header: '',
          lineNumber: 0,
          body: '',
        };
        stack.push(opened);
      } else {
        closeSection(stack, name, Number(unix));
        opened = undefined;
      }
      match = MARKER.exec(rest);
    }
    // A carriage return redraws the line: only what follows the last one stays.
    const visible = rest.endsWith('\r') ? rest.slice(0, -1) : rest;
    const shown = visible.includes('\r') ? visible.slice(visible.lastIndexOf('\r') + 1) : visible;
    if (opened) {
      const rendered = ansiToHtml(shown, ansi);
      ansi = rendered.state;
      opened.lineNumber = ++lineNumber;
      opened.header = rendered.html;
      continue;
    }
    if (rest === '' && raw !== '') continue; // a line holding only section markers
    const rendered = ansiToHtml(shown, ansi);
    ansi = rendered.state;
    top().body += lineRow(++lineNumber, rendered.html);
  }
  while (stack.length > 1) closeSection(stack, top().name, null);
  return root.body;
}

// Ends the named section (and any left open inside it); an unknown name is ignored.
function closeSection(stack: Section[], name: string, endedAt: number | null): void {
  const index = stack.findLastIndex((section) => section.name === name);
  if (index < 1) return;
  while (stack.length > index) {
    const section = stack.pop() as Section;
    const parent = stack.at(-1) as Section;
    const ended = section.name === name ? endedAt : null;
    parent.body += sectionHtml(section, ended);
  }
}

function sectionHtml(section: Section, endedAt: number | null): string {
  const name = escapeHtml(section.name);
  const open = endedAt === null || !section.collapsed ? ' open' : '';
  const duration =
    endedAt === null
      ? ''
      : `<span class="log-duration">${formatDuration((endedAt - section.startedAt) * 1000)}</span>`;
  return (
    `<details class="log-section" data-section="${name}"${open}>` +
    `<summary class="log-line log-section-header" id="L${section.lineNumber}">` +
    `<span class="log-number" aria-hidden="true">${section.lineNumber}</span>` +
    `<span class="log-text">${section.header}</span>${duration}</summary>` +
    `${section.body}</details>`
  );
}

function lineRow(number: number, html: string): string {
  return `<div class="log-line" id="L${number}"><span class="log-number" aria-hidden="true">${number}</span><span class="log-text">${html}</span></div>`;
}
