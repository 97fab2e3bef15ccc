// Removes ANSI escape sequences and section markers from text that arrives in pieces.
import {
  couldBeSectionEndLine,
  couldBeSectionMarker,
  SECTION_END_LINE,
  SECTION_MARKER_HEAD,
} from './section-marker.js';

// Patterns are built from strings: Biome forbids control characters in regex literals.
const ESC = '\\u001b';
const BEL = '\\u0007';
// CSI (colours, erase line), OSC (titles, links; ended by BEL or ST), and two-character escapes.
const CSI = new RegExp(`${ESC}\\[[0-?]*[ -/]*[@-~]`, 'y');
const OSC = new RegExp(`${ESC}\\][^${BEL}${ESC}]*(?:${BEL}|${ESC}\\\\)`, 'y');
const SHORT_ESCAPE = new RegExp(`${ESC}[@-Z\\\\^_]`, 'y');
const INCOMPLETE_CSI = new RegExp(`^${ESC}(?:\\[[0-?]*[ -/]*)?$`);
const INCOMPLETE_OSC = new RegExp(`^${ESC}\\][^${BEL}${ESC}]*${ESC}?$`);
const MAX_SEQUENCE_LENGTH = 4096;

/** Strips text pushed piece by piece; a sequence split across pieces is held until it completes. */
export interface AnsiStripper {
  /** Returns the stripped text that is certain so far. */
  push(text: string): string;
  /** Returns whatever was held back (an unfinished sequence is dropped). */
  end(): string;
}

/**
 * Creates a stripper for ANSI codes (CSI, OSC, two-character escapes) and GitLab section markers:
 * a section start leaves its header, a line holding only a section end disappears. Every other
 * character is kept. Works on any string, including "binary" strings of one character per byte,
 * since every sequence is ASCII.
 */
export function createAnsiStripper(): AnsiStripper {
  let held = '';
  let atLineStart = true;
  const run = (text: string, final: boolean): string => {
    const buffer = held + text;
    held = '';
    let out = '';
    let index = 0;
    const finish = (from: number, hold: string): string => {
      out += buffer.slice(index, from);
      held = hold;
      if (out) atLineStart = out.endsWith('\n');
      return out;
    };
    for (;;) {
      const escapeAt = buffer.indexOf('\u001b', index);
      if (escapeAt < 0) return finish(buffer.length, '');
      out += buffer.slice(index, escapeAt);
      index = escapeAt;
      const lineStart = out ? out.endsWith('\n') : atLineStart;
      const rest = buffer.slice(escapeAt, escapeAt + MAX_SEQUENCE_LENGTH + 1);
      const atEnd = !final && rest.length === buffer.length - escapeAt;
      const endLine = lineStart ? matchLength(SECTION_END_LINE, buffer, escapeAt) : 0;
      // A marker may still be arriving: `\e[0Ksect` alone is a complete CSI, but not the whole story.
      if (endLine === 0 && atEnd) {
        const waiting = lineStart ? couldBeSectionEndLine(rest) : couldBeSectionMarker(rest);
        if (waiting) return finish(escapeAt, rest);
      }
      const length =
        endLine ||
        matchLength(SECTION_MARKER_HEAD, buffer, escapeAt) ||
        matchLength(CSI, buffer, escapeAt) ||
        matchLength(OSC, buffer, escapeAt) ||
        matchLength(SHORT_ESCAPE, buffer, escapeAt);
      if (length > 0) {
        index = escapeAt + length;
        continue;
      }
      if (atEnd && couldGrow(rest)) return finish(escapeAt, rest);
      index = escapeAt + 1; // a lone ESC that starts nothing: dropped
    }
  };
  return { push: (text) => run(text, false), end: () => run('', true) };
}

/** `text` without ANSI codes or section markers. */
export function stripAnsi(text: string): string {
  const stripper = createAnsiStripper();
  return stripper.push(text) + stripper.end();
}

function matchLength(pattern: RegExp, buffer: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.exec(buffer)?.[0].length ?? 0;
}

function couldGrow(rest: string): boolean {
  return (
    rest.length <= MAX_SEQUENCE_LENGTH && (INCOMPLETE_CSI.test(rest) || INCOMPLETE_OSC.test(rest))
  );
}
