// Renders the part of a scripted log that exists at a moment, with GitLab's section markers.
import type { TraceChunk } from '../state/records.js';
import { ANSI_RESET } from './compile-trace.js';
import { expandVariables } from './job-variables.js';

const ERASE_LINE = '\u001b[0K';

/**
 * The log text of the chunks at or before `untilOffset` ms after the job started at `startedAt`.
 * Output lines see the job's variables (`$NAME`); section headers show the command as written,
 * unexpanded, as GitLab Runner echoes it.
 */
export function renderTraceScript(
  chunks: TraceChunk[],
  startedAt: number,
  untilOffset: number,
  variables: ReadonlyMap<string, string> = new Map(),
): string {
  let text = '';
  for (const chunk of chunks) {
    if (chunk.at > untilOffset) break;
    text += `${renderChunk(chunk, startedAt, variables)}\n`;
  }
  return text;
}

// Runner writes `section_start:<unix>:<name>[options]\r\e[0K<header>`, the header in bold cyan.
function renderChunk(
  chunk: TraceChunk,
  startedAt: number,
  variables: ReadonlyMap<string, string>,
): string {
  const unix = Math.floor((startedAt + chunk.at) / 1000);
  switch (chunk.kind) {
    case 'line':
      return expandVariables(chunk.text, variables);
    case 'section_start': {
      const options = chunk.collapsed ? '[collapsed=true]' : '';
      return `${ERASE_LINE}section_start:${unix}:${chunk.name}${options}\r${ERASE_LINE}\u001b[36;1m${chunk.header}${ANSI_RESET}`;
    }
    case 'section_end':
      return `${ERASE_LINE}section_end:${unix}:${chunk.name}\r${ERASE_LINE}`;
  }
}
