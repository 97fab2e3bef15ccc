// Runs one child process to its end: wall time, peak RSS (sampled VmHWM), stdout, exit code.
import { spawn } from 'node:child_process';
import { readVmHwmKb } from './read-vm-hwm.js';

/** How to run the child. */
export interface RunChildOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Kill the child and fail after this long; default 5 minutes. */
  timeoutMs?: number;
  /** How often VmHWM is read; default 5 ms. */
  sampleEveryMs?: number;
}

/** What the run showed. */
export interface ChildRun {
  /** From just before spawning to the exit, in milliseconds. */
  wallMs: number;
  /** Highest VmHWM read while it ran, in kB (the last reads before exit are the closest). */
  sampledPeakKb: number | undefined;
  stdout: string;
  stderr: string;
  code: number | null;
}

const MAX_OUTPUT = 1024 * 1024;

/** Runs `command args` and resolves when it exits (rejects on spawn failure or timeout). */
export function runChild(
  command: string,
  args: readonly string[],
  options: RunChildOptions = {},
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let peak: number | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      if (stdout.length < MAX_OUTPUT) stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < MAX_OUTPUT) stderr += chunk.toString('utf8');
    });
    const sample = () => {
      if (child.pid === undefined) return;
      const value = readVmHwmKb(child.pid);
      if (value !== undefined) peak = Math.max(peak ?? 0, value);
    };
    const sampler = setInterval(sample, options.sampleEveryMs ?? 5);
    const timeout = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} did not finish within ${options.timeoutMs ?? 300_000} ms`));
    }, options.timeoutMs ?? 300_000);
    child.once('error', (error) => {
      clearInterval(sampler);
      clearTimeout(timeout);
      reject(error);
    });
    // 'exit' marks the end of the process; 'close' waits for its pipes, so output is complete.
    let wallMs = 0;
    child.once('exit', () => {
      wallMs = performance.now() - started;
      clearInterval(sampler);
    });
    child.once('close', (code) => {
      clearTimeout(timeout);
      resolve({ wallMs, sampledPeakKb: peak, stdout, stderr, code });
    });
  });
}

/** The last line of `stdout` parsed as JSON (children report their figures that way). */
export function lastJsonLine<T>(stdout: string): T {
  const line = stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line) as T;
  } catch {
    throw new Error(`expected a JSON line from the child, got: ${line.slice(0, 200)}`);
  }
}
