// Reads a list of double-quoted strings as GitLab renders an `array` input: JSON, or Ruby's Array#inspect.

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  f: '\f',
  v: '\v',
  b: '\b',
  a: '\u0007',
  e: '\u001b',
  s: ' ',
  '0': '\0',
};

/**
 * The strings of `text` (`["A=1", "B=x\ny"]`), or undefined when it is not such a list. GitLab
 * turns an array input into text with `to_json` (text interpolation) or Ruby's `to_s`
 * (inside a string): both forms are read, escapes included (`\n`, `\"`, `\u00e9`, `\u{1F600}`,
 * `\e`, `\#`).
 */
export function readStringList(text: string): string[] | undefined {
  const items: string[] = [];
  let at = skipSpace(text, 0);
  if (text[at] !== '[') return undefined;
  at = skipSpace(text, at + 1);
  if (text[at] === ']') return skipSpace(text, at + 1) === text.length ? items : undefined;
  for (;;) {
    const read = readQuoted(text, at);
    if (!read) return undefined;
    items.push(read.value);
    at = skipSpace(text, read.end);
    if (text[at] === ']') return skipSpace(text, at + 1) === text.length ? items : undefined;
    if (text[at] !== ',') return undefined;
    at = skipSpace(text, at + 1);
  }
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text[at] as string)) at++;
  return at;
}

function readQuoted(text: string, from: number): { value: string; end: number } | undefined {
  if (text[from] !== '"') return undefined;
  let value = '';
  let at = from + 1;
  while (at < text.length) {
    const char = text[at] as string;
    if (char === '"') return { value, end: at + 1 };
    if (char !== '\\') {
      value += char;
      at++;
      continue;
    }
    const next = text[at + 1];
    if (next === undefined) return undefined;
    if (next === 'u') {
      const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(at + 2));
      const plain = /^[0-9a-fA-F]{4}/.exec(text.slice(at + 2));
      if (braced?.[1]) {
        value += String.fromCodePoint(Number.parseInt(braced[1], 16));
        at += 2 + braced[0].length;
      } else if (plain) {
        value += String.fromCharCode(Number.parseInt(plain[0], 16));
        at += 6;
      } else return undefined;
      continue;
    }
    if (next === 'x') {
      const hex = /^[0-9a-fA-F]{2}/.exec(text.slice(at + 2));
      if (!hex) return undefined;
      value += String.fromCharCode(Number.parseInt(hex[0], 16));
      at += 4;
      continue;
    }
    // `\"`, `\\`, `\/`, `\#` and any other escaped character stand for themselves.
    value += SIMPLE_ESCAPES[next] ?? next;
    at += 2;
  }
  return undefined;
}
