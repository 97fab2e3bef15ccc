// GitLab Runner's section markers, as patterns shared by the section parser and the ANSI stripper.

/** GitLab's rule for section names (lib/gitlab/ci/ansi2html.rb): letters, digits, `_`, `.`, `-`. */
const NAME = '[A-Za-z0-9_.-]+';

/**
 * One marker: `\e[0Ksection_start:<unix>:<name>[<options>]\r\e[0K` or
 * `\e[0Ksection_end:<unix>:<name>\r\e[0K`. Groups: kind, time, name, options.
 */
export const SECTION_MARKER = new RegExp(
  `\\u001b\\[0Ksection_(start|end):(\\d+):(${NAME})(?:\\[([^\\]\\r\\n]*)\\])?\\r\\u001b\\[0K`,
  'g',
);

/** The marker up to and including its `\r` (the trailing `\e[0K` is an ordinary ANSI code). */
export const SECTION_MARKER_HEAD = new RegExp(
  `\\u001b\\[0Ksection_(?:start|end):\\d+:${NAME}(?:\\[[^\\]\\r\\n]*\\])?\\r`,
  'y',
);

/** A whole line holding only a section end: `\e[0Ksection_end:<unix>:<name>\r\e[0K\n`. */
export const SECTION_END_LINE = new RegExp(
  `\\u001b\\[0Ksection_end:\\d+:${NAME}\\r(?:\\u001b\\[0K)?\\r?\\n`,
  'y',
);

const INCOMPLETE_END_LINE = new RegExp(
  `^\\u001b\\[0Ksection_end:\\d+:${NAME}\\r(?:\\u001b(?:\\[(?:0K?)?)?|\\u001b\\[0K\\r)?$`,
);

const INCOMPLETE_HEAD = new RegExp(
  `^\\u001b\\[0Ksection_(?:start|end):\\d*(?::(?:${NAME})?(?:\\[[^\\]\\r\\n]*\\]?)?)?$`,
);
const LITERAL_HEADS = ['\u001b[0Ksection_start:', '\u001b[0Ksection_end:'];
/** A marker longer than this is not one (names and options are short). */
export const MAX_MARKER_LENGTH = 1024;

/** True when `text` (starting at an ESC, running to the end of the data so far) may grow into a marker. */
export function couldBeSectionMarker(text: string): boolean {
  if (text.length > MAX_MARKER_LENGTH) return false;
  return LITERAL_HEADS.some((head) => head.startsWith(text)) || INCOMPLETE_HEAD.test(text);
}

/** True when `text` (from an ESC to the end of the data so far) may grow into a section-end line. */
export function couldBeSectionEndLine(text: string): boolean {
  return couldBeSectionMarker(text) || INCOMPLETE_END_LINE.test(text);
}

/** `collapsed=true,foo=bar` → `{ collapsed: 'true', foo: 'bar' }`. */
export function parseSectionOptions(options: string | undefined): Record<string, string> {
  const parsed: Record<string, string> = {};
  for (const pair of (options ?? '').split(',')) {
    const [key, value = ''] = pair.split('=');
    if (key?.trim()) parsed[key.trim()] = value.trim();
  }
  return parsed;
}
