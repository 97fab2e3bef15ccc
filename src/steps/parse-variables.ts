// Parses the `variables` input: KEY=VALUE lines, or a JSON array of "KEY=VALUE" items.
import { variableEntries } from './variable-entries.js';

/**
 * The variables in `value` (blank lines and `#` comments skipped; a value may hold `=`, and in
 * a JSON array line breaks too), or the reason they cannot be read.
 */
export function parseVariables(value: string): Array<{ key: string; value: string }> | string {
  const entries = variableEntries(value);
  if (typeof entries === 'string') return entries;
  const variables: Array<{ key: string; value: string }> = [];
  for (const { text, where } of entries) {
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const equals = text.indexOf('=');
    const key = (equals < 0 ? text : text.slice(0, equals)).trim();
    if (equals < 0) return `${where} must be KEY=VALUE`;
    if (!/^[A-Za-z0-9_]+$/.test(key) || key.length > 255) {
      return `${where}: a variable key may hold only letters, digits and underscores (at most 255)`;
    }
    if (variables.some((variable) => variable.key === key))
      return `${where}: ${key} is given twice`;
    variables.push({ key, value: text.slice(equals + 1) });
  }
  return variables;
}
