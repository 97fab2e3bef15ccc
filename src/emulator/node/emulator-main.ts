// `jobrelay emulator`: serves the emulator on a port and prints its URL and tokens as one JSON line.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { errorMessage } from '../../gitlab/errors/error-message.js';
import { parseScenarioText } from '../scenario/parse-scenario-text.js';
import { formatIssue, ScenarioError } from '../scenario/scenario-error.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import { UI_BASE } from '../ui/ui-base.js';
import { startEmulatorServer } from './start-emulator-server.js';

/** Where the CLI writes, what stops it, and how it reads files (injectable for tests). */
export interface EmulatorCliIo {
  stdout?: { write(text: string): unknown };
  stderr?: { write(text: string): unknown };
  /** Stops the server when aborted; SIGINT or SIGTERM otherwise. */
  signal?: AbortSignal;
  readFile?: (path: string) => Promise<string>;
}

const USAGE = `Usage: jobrelay emulator [--port 0] [--host 127.0.0.1] [--scenario <file.yaml|file.json>]
                         [--real-time | --virtual-clock] [--speed N]

Serves a GitLab Jobs API emulator (the demo scenario unless --scenario is given) and prints one
JSON line: {"url": "http://127.0.0.1:<port>", "tokens": {"<username>": "<personal token>", ...}}.
The control API is under <url>/-/emulator, a live dashboard at <url>/-/emulator/ui.
Stops on SIGINT or SIGTERM.
`;

/** Runs the emulator command with its arguments (after `emulator`); resolves with the exit code. */
export async function runEmulatorCli(argv: string[], io: EmulatorCliIo = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const args = argv[0] === 'emulator' ? argv.slice(1) : argv;
  let values: ReturnType<typeof parse>;
  try {
    values = parse(args);
  } catch (error) {
    stderr.write(`jobrelay emulator: ${errorMessage(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    stdout.write(USAGE);
    return 0;
  }
  const port = Number(values.port ?? '0');
  const speed = Number(values.speed ?? '1');
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    return usageError(stderr, `invalid --port ${values.port}`);
  if (!(speed > 0)) return usageError(stderr, `invalid --speed ${values.speed}`);
  if (values['real-time'] && values['virtual-clock'])
    return usageError(stderr, 'choose --real-time or --virtual-clock');

  let scenario: Scenario | undefined;
  if (values.scenario !== undefined) {
    try {
      const text = await (io.readFile ?? ((path: string) => readFile(path, 'utf8')))(
        values.scenario,
      );
      scenario = parseScenarioText(text, values.scenario);
    } catch (error) {
      stderr.write(`${describeLoadError(error, values.scenario)}\n`);
      return 1;
    }
  }

  const server = await startEmulatorServer({
    port,
    host: values.host ?? '127.0.0.1',
    ...(scenario ? { scenario } : {}),
    clock: { mode: values['virtual-clock'] ? 'virtual' : 'real', speed },
  });
  stdout.write(
    `${JSON.stringify({ url: server.url, tokens: server.emulator.personalTokens() })}\n`,
  );
  stderr.write(
    `jobrelay emulator: GitLab Jobs API at ${server.url}/api/v4, control at ${server.url}/-/emulator; Ctrl-C stops it.\n` +
      `jobrelay emulator: dashboard at ${server.url}${UI_BASE}\n`,
  );
  await stopRequested(io.signal);
  await server.close();
  stderr.write('jobrelay emulator: stopped.\n');
  return 0;
}

function parse(args: string[]) {
  return parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      scenario: { type: 'string' },
      'real-time': { type: 'boolean' },
      'virtual-clock': { type: 'boolean' },
      speed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
}

function usageError(stderr: { write(text: string): unknown }, message: string): number {
  stderr.write(`jobrelay emulator: ${message}\n\n${USAGE}`);
  return 2;
}

function describeLoadError(error: unknown, path: string): string {
  if (error instanceof ScenarioError) {
    return [
      `jobrelay emulator: invalid scenario ${path}:`,
      ...error.issues.map((issue) => `  ${formatIssue(issue)}`),
    ].join('\n');
  }
  const reason = errorMessage(error);
  return `jobrelay emulator: cannot read scenario ${path}: ${reason}`;
}

function stopRequested(signal: AbortSignal | undefined): Promise<void> {
  if (signal) {
    return signal.aborted
      ? Promise.resolve()
      : new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  }
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
