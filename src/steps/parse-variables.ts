// Parses the multiline `variables` input: one KEY=VALUE a line.
import { isVariableKey } from '../gitlab/params/variable-key.js';

/**
 * The variables in `value` (blank lines and `#` comments skipped; a value may hold `=`), or
 * the reason they cannot be read.
 */
export function parseVariables(value: string): Array<{ key: string; value: string }> | string {
  const variables: Array<{ key: string; value: string }> = [];
  const lines = value.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const equals = line.indexOf('=');
    const key = (equals < 0 ? line : line.slice(0, equals)).trim();
    if (equals < 0) return `line ${index + 1} must be KEY=VALUE`;
    if (!isVariableKey(key)) {
      return `line ${index + 1}: a variable key may hold only letters, digits and underscores (at most 255)`;
    }
    if (variables.some((variable) => variable.key === key))
      return `line ${index + 1}: ${key} is given twice`;
    variables.push({ key, value: line.slice(equals + 1) });
  }
  return variables;
}
