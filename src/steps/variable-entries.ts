// Splits a variables input into its KEY=VALUE entries: one a line, or the items of a list (the components' form).
import { readStringList } from './read-string-list.js';

/** Where each entry came from, for error messages: `line 3`, `item 2`. */
export interface VariableEntry {
  text: string;
  where: string;
}

/**
 * The entries of `value`: the items of a list of quoted strings (what a GitLab component's
 * `array` input becomes once interpolated: JSON, or Ruby's inspect; a value may then hold line
 * breaks) when it starts with `[`, which no KEY=VALUE line can; else its lines. The reason as a
 * string when the list does not parse.
 */
export function variableEntries(value: string): VariableEntry[] | string {
  if (!value.trimStart().startsWith('[')) {
    return value.split(/\r?\n/).map((text, index) => ({ text, where: `line ${index + 1}` }));
  }
  const items = readStringList(value);
  if (!items) {
    return 'must be KEY=VALUE lines, or a list of "KEY=VALUE" strings (["A=1", "B=2"]); the list does not parse';
  }
  return items.map((text, index) => ({ text, where: `item ${index + 1}` }));
}
