// Test support: runs a step against the in-memory emulator, whose virtual clock moves when the step sleeps.
import type { Emulator } from '../../../src/emulator/create-emulator.js';
import type { Clock } from '../../../src/gitlab/clock.js';
import { createStepClient } from '../../../src/steps/create-step-client.js';
import { parseStepInputs, type RawStepInputs } from '../../../src/steps/parse-step-inputs.js';
import { runStep } from '../../../src/steps/run-step.js';
import type { StepCommand } from '../../../src/steps/step-command.js';
import type { StepResult } from '../../../src/steps/step-result.js';
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
export interface StepRun {
  result: StepResult;
  reporter: RecordingReporter;
  emulator: Emulator;
  slept: number[];
}

/** Runs `command` with `inputs` (token, url and project filled in) against the world. */
export async function runAgainstWorld(
  command: StepCommand,
  inputs: RawStepInputs,
  emulator: Emulator = virtualWorld(),
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
    fetch: emulator.fetch,
    retry: { backoffBaseMs: 1, backoffLimitMs: 1, readBackDelayMs: 0 },
  });
  const result = await runStep({ client, reporter, clock, startedAt: clock.now() }, parsed);
  return { result, reporter, emulator, slept: clock.slept };
}
