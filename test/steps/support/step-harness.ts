// Test support: runs a step against the in-memory emulator, whose virtual clock moves when the step sleeps.
import type { Emulator } from '../../../src/emulator/create-emulator.js';
import { startEmulatorServer } from '../../../src/emulator/node/start-emulator-server.js';
import type { Clock } from '../../../src/gitlab/clock.js';
import {
  createStepClient,
  type StepClientOverrides,
} from '../../../src/steps/create-step-client.js';
import { parseStepInputs, type RawStepInputs } from '../../../src/steps/parse-step-inputs.js';
import { runStep } from '../../../src/steps/run-step.js';
import type { JobCommand, StepCommand } from '../../../src/steps/step-command.js';
import type { JobStepResult, StepResult } from '../../../src/steps/step-result.js';
import { CI_BOT_TOKEN, PROJECT, virtualWorld } from './ci-step-world.js';
import { type RecordingReporter, recordingReporter } from './recording-reporter.js';

/** A clock that is the emulator's: a step's sleep advances the emulated world instead of waiting. */
export function emulatorClock(emulator: Emulator): Clock & { slept: number[] } {
  const slept: number[] = [];
  return {
    slept,
    now: () => emulator.clock.now(),
    async sleep(ms, signal) {
      if (signal?.aborted) throw signal.reason;
      slept.push(ms);
      emulator.advance(ms);
    },
  };
}

/** What a harness run gives back. */
export interface StepRun<R extends StepResult = StepResult> {
  result: R;
  reporter: RecordingReporter;
  emulator: Emulator;
  slept: number[];
}

/**
 * Runs `command` with `inputs` (token, url and project filled in) against the world: in memory
 * (the emulator's own fetch), or with `loopback` over HTTP on 127.0.0.1 with the global fetch,
 * as the CLI and the action run when no proxy is set (Node-only download paths included).
 */
export async function runAgainstWorld(
  command: JobCommand,
  inputs: RawStepInputs,
  emulator?: Emulator,
  options?: { loopback?: boolean },
): Promise<StepRun<JobStepResult>>;
export async function runAgainstWorld(
  command: StepCommand,
  inputs: RawStepInputs,
  emulator?: Emulator,
  options?: { loopback?: boolean },
): Promise<StepRun>;
export async function runAgainstWorld(
  command: StepCommand,
  inputs: RawStepInputs,
  emulator: Emulator = virtualWorld(),
  options: { loopback?: boolean } = {},
): Promise<StepRun> {
  if (options.loopback) {
    const server = await startEmulatorServer({ emulator });
    try {
      return await runStepWith(command, { 'gitlab-url': server.url, ...inputs }, emulator, {});
    } finally {
      await server.close();
    }
  }
  return runStepWith(command, inputs, emulator, { fetch: emulator.fetch });
}

async function runStepWith(
  command: StepCommand,
  inputs: RawStepInputs,
  emulator: Emulator,
  transport: Pick<StepClientOverrides, 'fetch'>,
): Promise<StepRun> {
  const parsed = parseStepInputs({
    command,
    'gitlab-url': 'http://gitlab.test',
    token: CI_BOT_TOKEN,
    project: PROJECT,
    ...inputs,
  });
  const reporter = recordingReporter();
  const clock = emulatorClock(emulator);
  // No real pauses: the core's retry backoff and read-back delay shrink to nothing.
  const client = createStepClient(parsed, {
    ...transport,
    retry: { backoffBaseMs: 1, backoffLimitMs: 1, readBackDelayMs: 0 },
  });
  const result = await runStep({ client, reporter, clock, startedAt: clock.now() }, parsed);
  return { result, reporter, emulator, slept: clock.slept };
}
