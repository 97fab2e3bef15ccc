// Turns a job log arriving in pieces into text and section events, whole lines at a time.
import { stripAnsi } from './ansi-stripper.js';
import { couldBeSectionMarker, parseSectionOptions, SECTION_MARKER } from './section-marker.js';

/** A piece of a job log: text (ANSI codes kept), or a section opening or closing. */
export type TraceEvent =
  | { type: 'text'; text: string }
  | {
      type: 'section-start';
      name: string;
      /** The section's title, without ANSI codes. */
      header: string;
      collapsed: boolean;
      /** Unix seconds from the marker. */
      time: number;
    }
  | { type: 'section-end'; name: string; time: number };

/** A stateful parser: push text as it arrives, then call `end` once. */
export interface TraceSectionParser {
  /** Returns the events of every line completed by `text`. */
  push(text: string): TraceEvent[];
  /** Returns the events of the unfinished last line, if any. */
  end(): TraceEvent[];
}

/** Options of `createTraceSectionParser`. */
export interface TraceSectionParserOptions {
  /** An unfinished line longer than this is let through as text before its end; default 64 KiB. */
  maxPendingLength?: number;
}

const DEFAULT_MAX_PENDING = 64 * 1024;

/**
 * Creates a parser for GitLab section markers (`\e[0Ksection_start:<unix>:<name>[options]\r\e[0K
 * <header>` and `\e[0Ksection_end:<unix>:<name>\r\e[0K`), wherever they sit in a line. Text is
 * released a whole line at a time, so a marker split across pieces is always seen whole, and any
 * chunking of the same log yields the same events (adjacent text events aside).
 */
export function createTraceSectionParser(
  options: TraceSectionParserOptions = {},
): TraceSectionParser {
  const maxPending = options.maxPendingLength ?? DEFAULT_MAX_PENDING;
  let pending = '';
  return {
    push(text) {
      pending += text;
      const lineEnd = pending.lastIndexOf('\n') + 1;
      const events = lineEnd > 0 ? parseLines(pending.slice(0, lineEnd)) : [];
      pending = pending.slice(lineEnd);
      if (pending.length > maxPending) events.push(...releaseLongLine());
      return mergeText(events);
    },
    end() {
      const events = pending ? parseLines(pending) : [];
      pending = '';
      return mergeText(events);
    },
  };

  // A line with no end in sight (a progress bar, a binary dump) must not grow without bound.
  function releaseLongLine(): TraceEvent[] {
    const escapeAt = pending.lastIndexOf('\u001b');
    const keepFrom =
      escapeAt >= 0 && couldBeSectionMarker(pending.slice(escapeAt)) ? escapeAt : pending.length;
    const released = pending.slice(0, keepFrom);
    pending = pending.slice(keepFrom);
    return released ? [{ type: 'text', text: released.replace(SECTION_MARKER, '') }] : [];
  }
}

function parseLines(text: string): TraceEvent[] {
  const events: TraceEvent[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline + 1;
    parseLine(text.slice(start, end), events);
    start = end;
  }
  return events;
}

function parseLine(line: string, events: TraceEvent[]): void {
  SECTION_MARKER.lastIndex = 0;
  const markers = [...line.matchAll(SECTION_MARKER)];
  if (markers.length === 0) {
    events.push({ type: 'text', text: line });
    return;
  }
  const ending = /\r?\n$/.exec(line)?.[0] ?? '';
  const body = line.slice(0, line.length - ending.length);
  const texts: TraceEvent[] = [];
  const lineEvents: TraceEvent[] = [];
  let cursor = 0;
  for (let index = 0; index < markers.length; index++) {
    const marker = markers[index] as RegExpMatchArray;
    const at = marker.index ?? 0;
    if (at > cursor) pushText(lineEvents, texts, body.slice(cursor, at));
    const [whole, kind, time, name = '', rawOptions] = marker;
    cursor = at + whole.length;
    if (kind === 'end') {
      lineEvents.push({ type: 'section-end', name, time: Number(time) });
      continue;
    }
    // The header runs to the next marker or the end of the line.
    const next = markers[index + 1]?.index ?? body.length;
    const header = stripAnsi(body.slice(cursor, Math.max(cursor, next))).trim();
    cursor = Math.max(cursor, next);
    const collapsed = parseSectionOptions(rawOptions).collapsed === 'true';
    lineEvents.push({
      type: 'section-start',
      name,
      header: header || name,
      collapsed,
      time: Number(time),
    });
  }
  if (cursor < body.length) pushText(lineEvents, texts, body.slice(cursor));
  // A line holding only markers is not shown (as in GitLab's log view); otherwise keep its end.
  if (texts.length > 0 && ending) lineEvents.push({ type: 'text', text: ending });
  events.push(...lineEvents);
}

function pushText(events: TraceEvent[], texts: TraceEvent[], text: string): void {
  const event: TraceEvent = { type: 'text', text };
  events.push(event);
  texts.push(event);
}

function mergeText(events: TraceEvent[]): TraceEvent[] {
  const merged: TraceEvent[] = [];
  for (const event of events) {
    const last = merged[merged.length - 1];
    if (event.type === 'text' && last?.type === 'text') last.text += event.text;
    else merged.push(event.type === 'text' ? { ...event } : event);
  }
  return merged;
}
