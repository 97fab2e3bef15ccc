// Finds the secrets a command line and its environment carry, before anything is parsed or printed.
import { MASK_MIN_LENGTH } from '../steps/parse-step-inputs.js';

const TOKEN_VARIABLES = ['JOBRELAY_TOKEN', 'GITLAB_TOKEN', 'CI_JOB_TOKEN'];

/**
 * The values to mask from the first line the CLI prints, found even in a command line that
 * does not parse: tokens (`--token`, `$JOBRELAY_TOKEN`, `$GITLAB_TOKEN`, `$CI_JOB_TOKEN`),
 * whatever their length; `--mask-var` values; `--var` values of 8 characters or more.
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
    const match = /^--(token|var|mask-var)(?:=(.*))?$/s.exec(arg);
    if (!match) continue;
    const value = match[2] ?? argv[index + 1] ?? '';
    if (match[1] === 'token') secrets.push(value.trim());
    else for (const line of value.split(/\r?\n/)) variable(line, match[1] === 'mask-var');
  }
  for (const name of TOKEN_VARIABLES) secrets.push(env[name]?.trim() ?? '');
  for (const line of (env.JOBRELAY_VARIABLES ?? '').split(/\r?\n/)) variable(line, false);
  for (const line of (env.JOBRELAY_MASKED_VARIABLES ?? '').split(/\r?\n/)) variable(line, true);
  return [...new Set(secrets.filter(Boolean))];
}
