// Finds the secrets a command line and its environment carry, before anything is parsed or printed.
import { MASK_MIN_LENGTH } from '../steps/parse-step-inputs.js';
import { variableEntries } from '../steps/variable-entries.js';

const TOKEN_VARIABLES = [
  'JOBRELAY_TOKEN',
  'GITLAB_TOKEN',
  'CI_JOB_TOKEN',
  'JOBRELAY_TRIGGER_TOKEN',
];

// KEY=VALUE lines or a JSON array's items; an array that does not parse is masked by lines still.
function entries(value: string): string[] {
  const parsed = variableEntries(value);
  if (typeof parsed !== 'string') return parsed.map((entry) => entry.text);
  return value.split(/\r?\n/);
}

/**
 * The values to mask from the first line the CLI prints, found even in a command line that
 * does not parse: tokens (`--token`, `--trigger-token`, `$JOBRELAY_TOKEN`, `$GITLAB_TOKEN`,
 * `$CI_JOB_TOKEN`, `$JOBRELAY_TRIGGER_TOKEN`), whatever their length; `--mask-var` values;
 * `--var` and `--input` values of 8 characters or more.
 */
export function commandLineSecrets(
  argv: readonly string[],
  env: Partial<Record<string, string>>,
): string[] {
  const secrets: string[] = [];
  const variable = (assignment: string, forced: boolean) => {
    const value = assignment.slice(assignment.indexOf('=') + 1);
    if (assignment.includes('=') && (forced || value.length >= MASK_MIN_LENGTH)) {
      secrets.push(value);
    }
  };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    const match = /^--(token|trigger-token|var|mask-var|input)(?:=(.*))?$/s.exec(arg);
    if (!match) continue;
    const value = match[2] ?? argv[index + 1] ?? '';
    if (match[1] === 'token' || match[1] === 'trigger-token') secrets.push(value.trim());
    else for (const line of value.split(/\r?\n/)) variable(line, match[1] === 'mask-var');
  }
  for (const name of TOKEN_VARIABLES) secrets.push(env[name]?.trim() ?? '');
  for (const entry of entries(env.JOBRELAY_VARIABLES ?? '')) variable(entry, false);
  for (const entry of entries(env.JOBRELAY_MASKED_VARIABLES ?? '')) variable(entry, true);
  for (const entry of entries(env.JOBRELAY_INPUTS ?? '')) variable(entry, false);
  return [...new Set(secrets.filter(Boolean))];
}
