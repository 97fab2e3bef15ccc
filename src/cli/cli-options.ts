// The CLI's options: one per step input (same names), plus the CLI's own, and argv parsing.
import { parseArgs } from 'node:util';
import { InvalidInputError } from '../gitlab/errors/invalid-input-error.js';
import type { RawStepInputs } from '../steps/parse-step-inputs.js';
import { inputsFor } from '../steps/step-inputs.js';

/** An option only the CLI has. */
export interface CliOnlyOption {
  name: string;
  boolean: boolean;
  multiple?: boolean;
  short?: string;
  description: string;
  /** Taken by every command (help, version). */
  everywhere?: boolean;
}

/** The options that are not step inputs. */
export const CLI_ONLY_OPTIONS: readonly CliOnlyOption[] = [
  {
    name: 'json',
    boolean: true,
    description:
      'Print the result as JSON on stdout (numbers, booleans and nulls typed; an error as {"error": {…}}); logs stay on stderr.',
  },
  {
    name: 'scope',
    boolean: false,
    multiple: true,
    description:
      'list, bridges: only jobs in these statuses (created, pending, running, failed, success, canceled, skipped, manual); repeatable or comma-separated.',
  },
  { name: 'include-retried', boolean: true, description: 'list --pipeline: include retried jobs.' },
  {
    name: 'limit',
    boolean: false,
    description: 'list, bridges: at most this many jobs (default 100).',
  },
  { name: 'help', boolean: true, short: 'h', description: 'Show this help.', everywhere: true },
  {
    name: 'version',
    boolean: true,
    short: 'V',
    description: 'Print the version.',
    everywhere: true,
  },
];

/** What the command line said: the subcommand, the step inputs it gave, and the CLI-only options. */
export interface ParsedCommandLine {
  command: string | undefined;
  positionals: string[];
  inputs: RawStepInputs;
  json: boolean;
  scope: string[];
  includeRetried: boolean;
  limit: string | undefined;
  help: boolean;
  version: boolean;
  /** The options the command line gave, by input or option name (`variables` for `--var`). */
  given: string[];
}

/**
 * Parses argv. Step inputs are `--<name> value` or `--<name>=value`; a boolean input is also a
 * bare flag (`--wait`) or negated (`--no-wait`); `--var KEY=VALUE` repeats into `variables`.
 */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  const stepInputs = inputsFor('cli');
  const booleans = new Set(stepInputs.filter((input) => input.boolean).map((input) => input.name));
  const aliases = new Map(
    stepInputs.flatMap((input) => (input.cliAlias ? [[input.cliAlias, input.name] as const] : [])),
  );
  const options: Record<
    string,
    { type: 'string' | 'boolean'; multiple?: boolean; short?: string }
  > = {};
  for (const input of stepInputs) {
    if (input.cliRepeatable) options[input.cliRepeatable] = { type: 'string', multiple: true };
    else options[input.name] = { type: 'string' };
  }
  for (const option of CLI_ONLY_OPTIONS) {
    options[option.name] = {
      type: option.boolean ? 'boolean' : 'string',
      ...(option.multiple ? { multiple: true } : {}),
      ...(option.short ? { short: option.short } : {}),
    };
  }
  const args = argv.map((arg) => normaliseFlag(arg, booleans, aliases));
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw commandLineError(error, new Set(Object.keys(options)));
  }
  const values = parsed.values as Record<string, string | string[] | boolean | undefined>;
  const inputs: RawStepInputs = {};
  for (const input of stepInputs) {
    const value = values[input.cliRepeatable ?? input.name];
    if (Array.isArray(value)) inputs[input.name] = value.join('\n');
    else if (typeof value === 'string') inputs[input.name] = value;
  }
  const [command, ...positionals] = parsed.positionals;
  const byFlag = new Map(
    stepInputs.flatMap((input) =>
      input.cliRepeatable ? [[input.cliRepeatable, input.name] as const] : [],
    ),
  );
  const given = (parsed.tokens ?? []).flatMap((token) =>
    token.kind === 'option' ? [byFlag.get(token.name) ?? token.name] : [],
  );
  const scope = (values.scope as string[] | undefined) ?? [];
  return {
    command,
    positionals,
    inputs,
    json: values.json === true,
    scope: scope
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean),
    includeRetried: values['include-retried'] === true,
    limit: values.limit as string | undefined,
    help: values.help === true,
    version: values.version === true,
    given: [...new Set(given)],
  };
}

// The command line may hold a token or a variable's value: an error names an option, never echoes an argument.
function commandLineError(error: unknown, known: ReadonlySet<string>): InvalidInputError {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : '';
  // Node quotes the option first ('--project <value>', '--bogus'); only a plain name is shown.
  const quoted = /'(-{1,2}[^' ]*)/.exec(message)?.[1] ?? '';
  const name = quoted.replace(/^-+/, '');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return PLAIN_OPTION.test(quoted)
      ? new InvalidInputError(quoted, '', 'is not a jobrelay option (see jobrelay --help)')
      : new InvalidInputError(
          'option',
          '',
          'one is not a jobrelay option (not shown, in case it holds a secret; see jobrelay --help)',
        );
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && known.has(name)) {
    const option = `--${name}`;
    if (message.includes('does not take an argument')) {
      return new InvalidInputError(option, '', 'takes no value (see jobrelay --help)');
    }
    if (message.includes('ambiguous')) {
      return new InvalidInputError(
        option,
        '',
        `needs a value; a value starting with a dash is written ${option}=-…`,
      );
    }
    return new InvalidInputError(option, '', 'needs a value');
  }
  return new InvalidInputError('command line', '', 'cannot be read (see jobrelay --help)');
}

// An option name that can be shown back: letters and dashes, as every jobrelay option is spelt.
const PLAIN_OPTION = /^-{1,2}[a-z][a-z-]{0,30}$/;

// `--wait` → `--wait=true`, `--no-wait` → `--wait=false`, `--follow` → `--follow-log`.
function normaliseFlag(arg: string, booleans: Set<string>, aliases: Map<string, string>): string {
  const match = /^--(no-)?([a-z][a-z0-9-]*)(=.*)?$/.exec(arg);
  if (!match) return arg;
  const [, negated, rawName = '', value] = match;
  const name = aliases.get(rawName) ?? rawName;
  if (!booleans.has(name)) return negated ? arg : `--${name}${value ?? ''}`;
  if (value !== undefined) return negated ? arg : `--${name}${value}`;
  return `--${name}=${negated ? 'false' : 'true'}`;
}

/** `JOBRELAY_GITLAB_URL` for `gitlab-url`: how the components pass inputs without a shell. */
export function environmentName(input: string): string {
  return `JOBRELAY_${input.toUpperCase().replace(/-/g, '_')}`;
}

/** The inputs given on the command line, else as `JOBRELAY_<NAME>` environment variables. */
export function inputsWithEnvironment(
  inputs: RawStepInputs,
  env: Partial<Record<string, string>>,
): RawStepInputs {
  const merged: RawStepInputs = {};
  for (const input of inputsFor('cli')) {
    const given = inputs[input.name];
    merged[input.name] = given?.trim() ? given : (env[environmentName(input.name)] ?? '');
  }
  return merged;
}
