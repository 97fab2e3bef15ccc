// Wires the CLI to the real process: argv, environment, stdout/stderr, SIGINT and SIGTERM.
import { runCli } from './run-cli.js';

/** Runs the CLI for this process and resolves with its exit code. */
export async function runCliProcess(): Promise<number> {
  const controller = new AbortController();
  const stop = (name: NodeJS.Signals) => controller.abort(new Error(`Stopped by ${name}`));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    return await runCli(process.argv.slice(2), {
      env: process.env,
      stdout: {
        write: (text: string) => process.stdout.write(text),
        writeBytes: (bytes: Uint8Array) => process.stdout.write(bytes),
      },
      stderr: { write: (text: string) => process.stderr.write(text) },
      signal: controller.signal,
    });
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
