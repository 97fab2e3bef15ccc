// Keeps the last lines of a log in bounded memory, for the step summary.
import { createAnsiStripper } from '../gitlab/trace/ansi-stripper.js';

/** Collects text and keeps its last `count` lines (ANSI codes removed, each cut to a sane length). */
export interface LogTail {
  push(text: string): void;
  /** The last lines so far (the unfinished last line included). */
  lines(): string[];
}

const MAX_LINE_LENGTH = 500;

/** Creates a tail keeper of `count` lines (0 keeps nothing). */
export function createLogTail(count: number): LogTail {
  const stripper = createAnsiStripper();
  const lines: string[] = [];
  let current = '';
  const add = (text: string) => {
    if (count === 0) return;
    const parts = text.split('\n');
    current += parts[0] ?? '';
    for (const part of parts.slice(1)) {
      lines.push(clip(current));
      if (lines.length > count) lines.shift();
      current = part;
    }
    current = clip(current);
  };
  return {
    push: (text) => add(stripper.push(text)),
    lines() {
      // An escape sequence still held back by the stripper is not text: leaving it out is right.
      const all = current.trim() ? [...lines, current] : [...lines];
      // A carriage return redraws a line (progress bars): only its last state is worth showing.
      return all.slice(-count).map((line) => line.slice(line.lastIndexOf('\r') + 1));
    },
  };
}

function clip(line: string): string {
  return line.length > MAX_LINE_LENGTH ? `${line.slice(0, MAX_LINE_LENGTH)}…` : line;
}
