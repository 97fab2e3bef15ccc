// The jobrelay CLI: parses the command line, runs a step or an API command, and returns the exit code.

import * as v from 'valibot';
import type { FetchFunction, TokenType } from '../gitlab/client.js';
import { type Clock, systemClock } from '../gitlab/clock.js';
import { errorMessage } from '../gitlab/errors/error-message.js';
import { InvalidInputError } from '../gitlab/errors/invalid-input-error.js';
import { JOB_SCOPES, type JobScope } from '../gitlab/schemas/job-scope.js';
import { cancelStartedJob } from '../steps/cancel-started-job.js';
import { createNetworkFetch } from '../steps/create-network-fetch.js';
import { createStepClient, type StepClientOverrides } from '../steps/create-step-client.js';
import { describeStepError, inputLabel } from '../steps/describe-step-error.js';
import { JOBRELAY_VERSION } from '../steps/jobrelay-version.js';
import { parseConnectionInputs } from '../steps/parse-connection-inputs.js';
import { parseStepInputs } from '../steps/parse-step-inputs.js';
import { RawInputsSchema } from '../steps/raw-inputs-schema.js';
import { resolveEnvironmentInputs } from '../steps/resolve-environment-inputs.js';
import { runStep } from '../steps/run-step.js';
import { decodeStartedJob, STARTED_JOB_STATE } from '../steps/started-job-state.js';
import { isStepCommand } from '../steps/step-command.js';
import { EXIT_CODES, exitCodeForError, exitCodeForResult } from '../steps/step-result.js';
import { validateRawInputs } from '../steps/validate-raw-inputs.js';
import { API_COMMAND_TABLE } from './api-command.js';
import { findCliCommand } from './cli-commands.js';
import { cliHelp, commandHelp } from './cli-help.js';
import { inputsWithEnvironment, parseCommandLine } from './cli-options.js';
import { createCliReporter, type TextSink } from './cli-reporter.js';
import { commandLineSecrets } from './command-line-secrets.js';
import { errorAsJson } from './error-as-json.js';
import { outputsAsJson } from './outputs-as-json.js';

/** What the CLI reads and writes; injectable for tests. */
export interface CliIo {
  env: Partial<Record<string, string>>;
  stdout: TextSink & { writeBytes?(bytes: Uint8Array): unknown };
  stderr: TextSink;
  /** Aborts the command (SIGINT/SIGTERM in the real process). */
  signal?: AbortSignal;
  fetch?: FetchFunction;
  clock?: Clock;
}

/** The exit code for a run stopped by SIGINT/SIGTERM (128 + SIGINT). */
export const INTERRUPTED_EXIT_CODE = 130;

/** Runs `jobrelay <argv…>`; never throws, resolves with the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const signal = io.signal ?? new AbortController().signal;
  // Where a followed log goes: stderr until the command line says stdout is free for it.
  let logTarget: TextSink = io.stderr;
  const reporter = createCliReporter(io.stderr, io.env, {
    log: { write: (text: string) => logTarget.write(text) },
  });
  // Masked before the command line is even parsed: no error may show a token or a value.
  for (const secret of commandLineSecrets(argv, io.env)) reporter.setSecret(secret);
  // Known before parsing, so that even a command line that does not parse fails as JSON.
  const json = argv.some((arg) => arg === '--json' || arg === '--json=true');
  // How the token was sent, once known: a 401 then says which token-type to try.
  let sent: { tokenType: TokenType; token: string } | undefined;
  try {
    if (argv[0] === 'emulator') return await runEmulator(argv.slice(1), io, signal);
    const line = parseCommandLine(argv);
    if (line.version) {
      io.stdout.write(`${JOBRELAY_VERSION}\n`);
      return EXIT_CODES.success;
    }
    if (line.command === undefined || line.command === 'help') {
      const about = findCliCommand(line.positionals[0]);
      const usage = line.command === undefined && !line.help;
      (usage ? io.stderr : io.stdout).write(
        about ? commandHelp(about, JOBRELAY_VERSION) : cliHelp(JOBRELAY_VERSION),
      );
      return usage ? EXIT_CODES.usage : EXIT_CODES.success;
    }
    const cliCommand = findCliCommand(line.command);
    if (!cliCommand) {
      // Shown only when it looks like a command (a mistyped one), never when it may be a value.
      throw new InvalidInputError(
        'command',
        /^[a-z][a-z-]{0,23}$/.test(line.command) ? JSON.stringify(line.command) : '',
        'is not a jobrelay command (see jobrelay --help)',
      );
    }
    if (line.help) {
      io.stdout.write(commandHelp(cliCommand, JOBRELAY_VERSION));
      return EXIT_CODES.success;
    }
    if (line.positionals.length > 0) {
      // Not shown: a stray argument may be a value that belonged to an option (a token).
      throw new InvalidInputError(
        'command line',
        '',
        `${line.positionals.length} unexpected argument(s) after the command; every value goes with its option (--job 42), a flag's with = (--wait=false)`,
      );
    }
    for (const name of line.given) {
      if (cliCommand.options.includes(name) || name === 'help' || name === 'version') continue;
      const label = inputLabel(name, 'cli');
      throw new InvalidInputError(
        label.startsWith('--') ? label : `--${name}`,
        '',
        `is not an option of ${cliCommand.name} (see jobrelay ${cliCommand.name} --help)`,
      );
    }
    const raw = resolveEnvironmentInputs(inputsWithEnvironment(line.inputs, io.env), io.env);
    if (raw.token) reporter.setSecret(raw.token);
    const command = line.command === 'play' ? 'trigger-manual-job' : line.command;
    if (isStepCommand(command)) {
      const inputs = parseStepInputs({ ...raw, command });
      sent = inputs;
      // The followed log is the command's output: on stdout, unless --json keeps stdout for JSON.
      if (inputs.followLog && !line.json && command !== 'fetch-trace-artifact') {
        logTarget = io.stdout;
      }
      const client = createStepClient(inputs, await transport(io, inputs.caFile));
      const clock = io.clock ?? systemClock;
      let result: Awaited<ReturnType<typeof runStep>>;
      try {
        result = await runStep({ client, reporter, clock, signal, startedAt: clock.now() }, inputs);
      } catch (error) {
        if (signal.aborted && inputs.cancelOnAbort) await cancelOnAbort(client, reporter);
        throw error;
      }
      // The summary already said what happened, on stderr; stdout carries only the --json result.
      if (line.json) io.stdout.write(`${JSON.stringify(outputsAsJson(result.outputs))}\n`);
      return exitCodeForResult(result);
    }
    const apiCommand = API_COMMAND_TABLE[command];
    if (!apiCommand) throw new InvalidInputError('command', '', 'has no implementation');
    const inputs = parseConnectionInputs(raw, apiCommand.requires);
    sent = inputs;
    const stripAnsi = validateRawInputs(StripAnsiSchema, raw)['strip-ansi'];
    const scope = parseScope(line.scope);
    const limit = parseLimit(line.limit);
    const client = createStepClient(inputs, await transport(io, inputs.caFile));
    const result = await apiCommand.run({
      client,
      inputs,
      scope,
      includeRetried: line.includeRetried,
      limit,
      stripAnsi,
      signal,
      deadline: Date.now() + inputs.timeoutMs,
      stdout: io.stdout,
    });
    if (result !== undefined) {
      io.stdout.write(line.json ? `${JSON.stringify(result.data)}\n` : result.text);
    }
    return EXIT_CODES.success;
  } catch (error) {
    if (signal.aborted) {
      reporter.info('Interrupted.');
      if (json) {
        const stopped = { error: { code: 'INTERRUPTED', message: 'Interrupted.', exitCode: 130 } };
        io.stdout.write(`${JSON.stringify(stopped)}\n`);
      }
      return INTERRUPTED_EXIT_CODE;
    }
    const message = describeStepError(error, { face: 'cli', ...sent });
    const code = exitCodeForError(error);
    reporter.annotation('error', message);
    if (json)
      io.stdout.write(`${reporter.mask(JSON.stringify(errorAsJson(error, message, code)))}\n`);
    return code;
  }

  async function cancelOnAbort(client: ReturnType<typeof createStepClient>, r: typeof reporter) {
    const started = decodeStartedJob(r.state.get(STARTED_JOB_STATE));
    if (!started) return;
    try {
      await cancelStartedJob(client, started, r);
    } catch (error) {
      r.warning(`Could not cancel job ${started.jobId}: ${errorMessage(error)}`);
    }
  }
}

const StripAnsiSchema = v.object({ 'strip-ansi': RawInputsSchema.entries['strip-ansi'] });

// One through the environment's proxy trusting --ca-file, or the injected fetch (tests); --ca-file
// is read either way, so a file that is missing or holds no certificate is bad usage, not a request.
async function transport(io: CliIo, caFile: string | undefined): Promise<StepClientOverrides> {
  const network = await createNetworkFetch({ env: io.env, caFile });
  const fetch = io.fetch ?? network;
  return fetch ? { fetch } : {};
}

function parseScope(values: string[]): JobScope[] | undefined {
  if (values.length === 0) return undefined;
  for (const value of values) {
    if (!(JOB_SCOPES as readonly string[]).includes(value)) {
      throw new InvalidInputError(
        '--scope',
        JSON.stringify(value),
        `must be one of ${JOB_SCOPES.join(', ')}`,
      );
    }
  }
  return values as JobScope[];
}

function parseLimit(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 100;
  if (!/^[1-9]\d*$/.test(value.trim())) {
    throw new InvalidInputError(
      '--limit',
      JSON.stringify(value),
      'must be a positive whole number',
    );
  }
  return Number(value);
}

async function runEmulator(argv: string[], io: CliIo, signal: AbortSignal): Promise<number> {
  const { runEmulatorCli } = await import('../emulator/node/emulator-main.js');
  return runEmulatorCli(argv, {
    stdout: io.stdout,
    stderr: io.stderr,
    ...(io.signal ? { signal } : {}),
  });
}
