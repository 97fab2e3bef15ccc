// Turns a scenario's log script (lines, nested sections, time offsets) into timed log chunks.
import { parseDuration } from '../scenario/duration.js';
import type { ScenarioJob, TraceEntryInput } from '../scenario/job-schema.js';
import type { TraceChunk, TraceSpec } from '../state/records.js';

const COLOR_CODES: Record<string, string> = {
  red: '\u001b[31;1m',
  green: '\u001b[32;1m',
  yellow: '\u001b[0;33m',
  blue: '\u001b[34;1m',
  magenta: '\u001b[35;1m',
  cyan: '\u001b[36;1m',
  bold: '\u001b[1m',
};
/** GitLab Runner's colour reset sequence. */
export const ANSI_RESET = '\u001b[0;m';
const DEFAULT_LINE_LENGTH = 120;

/** The trace spec of a scenario job: its script compiled, or its generator settings. */
export function compileTrace(trace: ScenarioJob['trace']): TraceSpec {
  if (trace === undefined) return { kind: 'script', chunks: [] };
  if (!Array.isArray(trace)) {
    const { bytes, lineLength, bytesPerSecond } = trace.generate;
    return {
      kind: 'generated',
      bytes,
      lineLength: lineLength ?? DEFAULT_LINE_LENGTH,
      bytesPerSecond: bytesPerSecond ?? null,
    };
  }
  const chunks: TraceChunk[] = [];
  compileEntries(trace, chunks, 0);
  return { kind: 'script', chunks };
}

/** Wraps text in one of the colours scenarios may name, the way GitLab Runner colours its output. */
export function colorize(text: string, color: string | undefined): string {
  const code = color === undefined ? undefined : COLOR_CODES[color];
  return code ? `${code}${text}${ANSI_RESET}` : text;
}

// Offsets never go back: an entry without `at` (or with an earlier one) follows the one before.
function compileEntries(entries: TraceEntryInput[], chunks: TraceChunk[], cursor: number): number {
  let at = cursor;
  for (const entry of entries) {
    if (typeof entry === 'string') {
      chunks.push({ at, kind: 'line', text: entry });
    } else if ('text' in entry) {
      at = later(at, entry.at);
      chunks.push({ at, kind: 'line', text: colorize(entry.text, entry.color) });
    } else {
      at = later(at, entry.at);
      chunks.push({
        at,
        kind: 'section_start',
        name: entry.section,
        header: entry.header,
        collapsed: entry.collapsed ?? false,
      });
      at = compileEntries(entry.lines ?? [], chunks, at);
      at = later(at, entry.endAt);
      chunks.push({ at, kind: 'section_end', name: entry.section });
    }
  }
  return at;
}

function later(cursor: number, at: string | number | undefined): number {
  const ms = at === undefined ? undefined : parseDuration(at);
  return ms === undefined ? cursor : Math.max(cursor, ms);
}
