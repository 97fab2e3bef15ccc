// The action's main step: read inputs once, run the command, turn the result into outputs and a verdict.
import * as core from '@actions/core';
import { systemClock } from '../gitlab/wait/wait-clock.js';
import { createStepClient } from '../steps/create-step-client.js';
import { parseStepInputs } from '../steps/parse-step-inputs.js';
import { resolveEnvironmentInputs } from '../steps/resolve-environment-inputs.js';
import { runStep } from '../steps/run-step.js';
import { createActionsReporter } from './actions-reporter.js';
import { readActionInputs } from './read-action-inputs.js';
import { watchCancellation } from './watch-cancellation.js';

/** Runs the action; never throws: any failure becomes `core.setFailed`. */
export async function run(): Promise<void> {
  const reporter = createActionsReporter();
  const cancellation = watchCancellation();
  try {
    const raw = readActionInputs();
    // Masked before anything else can print it (a secret passed as input is masked already; others are not).
    if (raw.token) reporter.setSecret(raw.token);
    const inputs = parseStepInputs(resolveEnvironmentInputs(raw, process.env));
    const client = createStepClient(inputs);
    const result = await runStep(
      { client, reporter, clock: systemClock, signal: cancellation.signal, startedAt: Date.now() },
      inputs,
    );
    // The step's end already annotated the failure; setFailed would repeat it.
    if (result.outcome !== 'success') process.exitCode = core.ExitCode.Failure;
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  } finally {
    cancellation.dispose();
  }
}
