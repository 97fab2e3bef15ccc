// Turns terminal output (ANSI SGR colours) into escaped HTML spans, as GitLab's job log does.
import { escapeHtml } from './escape-html.js';

/** The text attributes in force; they carry over from one log line to the next. */
export interface AnsiState {
  /** A class suffix (`red`, `l-red`) or a CSS colour (`#rrggbb`); null for the default. */
  fg: string | null;
  bg: string | null;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

/** No colour, no emphasis: where a log starts. */
export const PLAIN_ANSI: AnsiState = {
  fg: null,
  bg: null,
  bold: false,
  italic: false,
  underline: false,
};

const NAMES = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escape sequences are the input.
const SEQUENCE = /\u001b\[([0-9;:]*)([A-Za-z])/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: stray control characters are dropped.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** The line as HTML (every character of the text escaped) and the attributes in force after it. */
export function ansiToHtml(text: string, state: AnsiState): { html: string; state: AnsiState } {
  let html = '';
  let current = state;
  let last = 0;
  for (const match of text.matchAll(SEQUENCE)) {
    html += styled(text.slice(last, match.index), current);
    last = match.index + match[0].length;
    if (match[2] === 'm') current = applySgr(current, match[1] ?? '');
  }
  html += styled(text.slice(last), current);
  return { html, state: current };
}

function styled(text: string, state: AnsiState): string {
  const clean = text.replace(CONTROL, '');
  if (clean === '') return '';
  const classes: string[] = [];
  const styles: string[] = [];
  if (state.fg?.startsWith('#')) styles.push(`color:${state.fg}`);
  else if (state.fg) classes.push(`term-fg-${state.fg}`);
  if (state.bg?.startsWith('#')) styles.push(`background-color:${state.bg}`);
  else if (state.bg) classes.push(`term-bg-${state.bg}`);
  if (state.bold) classes.push('term-bold');
  if (state.italic) classes.push('term-italic');
  if (state.underline) classes.push('term-underline');
  if (classes.length === 0 && styles.length === 0) return escapeHtml(clean);
  const classAttr = classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
  const styleAttr = styles.length > 0 ? ` style="${styles.join(';')}"` : '';
  return `<span${classAttr}${styleAttr}>${escapeHtml(clean)}</span>`;
}

function applySgr(state: AnsiState, params: string): AnsiState {
  const codes = params.split(/[;:]/).map((code) => (code === '' ? 0 : Number(code)));
  const next = { ...state };
  for (let index = 0; index < codes.length; index++) {
    const code = codes[index] ?? 0;
    if (code === 0) Object.assign(next, PLAIN_ANSI);
    else if (code === 1) next.bold = true;
    else if (code === 3) next.italic = true;
    else if (code === 4) next.underline = true;
    else if (code === 22) next.bold = false;
    else if (code === 23) next.italic = false;
    else if (code === 24) next.underline = false;
    else if (code >= 30 && code <= 37) next.fg = NAMES[code - 30] ?? null;
    else if (code >= 90 && code <= 97) next.fg = `l-${NAMES[code - 90]}`;
    else if (code === 39) next.fg = null;
    else if (code >= 40 && code <= 47) next.bg = NAMES[code - 40] ?? null;
    else if (code >= 100 && code <= 107) next.bg = `l-${NAMES[code - 100]}`;
    else if (code === 49) next.bg = null;
    else if (code === 38 || code === 48) {
      const { color, used } = extendedColor(codes, index + 1);
      if (code === 38) next.fg = color;
      else next.bg = color;
      index += used;
    }
  }
  return next;
}

// `38;5;n` (xterm's 256 colours) or `38;2;r;g;b`; how many parameters it consumed.
function extendedColor(codes: number[], at: number): { color: string | null; used: number } {
  if (codes[at] === 5) {
    const n = codes[at + 1] ?? -1;
    return { color: xterm256(n), used: 2 };
  }
  if (codes[at] === 2) {
    const [r, g, b] = [codes[at + 1], codes[at + 2], codes[at + 3]];
    return { color: hex(r, g, b), used: 4 };
  }
  return { color: null, used: 0 };
}

function xterm256(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n > 255) return null;
  if (n < 8) return NAMES[n] ?? null;
  if (n < 16) return `l-${NAMES[n - 8]}`;
  if (n < 232) {
    const level = (value: number) => (value === 0 ? 0 : 55 + value * 40);
    const cube = n - 16;
    return hex(level(Math.floor(cube / 36)), level(Math.floor(cube / 6) % 6), level(cube % 6));
  }
  const grey = 8 + (n - 232) * 10;
  return hex(grey, grey, grey);
}

function hex(...channels: Array<number | undefined>): string | null {
  if (!channels.every((c) => c !== undefined && Number.isInteger(c) && c >= 0 && c <= 255))
    return null;
  return `#${channels.map((c) => (c as number).toString(16).padStart(2, '0')).join('')}`;
}
