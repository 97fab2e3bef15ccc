// The action's main step: read inputs once, run the command, turn the result into outputs and a verdict.
import * as core from '@actions/core';
import { systemClock } from '../gitlab/clock.js';
import { isTimeoutError } from '../gitlab/errors/is-error.js';
import { createNetworkFetch } from '../steps/create-network-fetch.js';
import { createStepClient } from '../steps/create-step-client.js';
import { describeStepError } from '../steps/describe-step-error.js';
import { parseStepInputs, type StepInputs } from '../steps/parse-step-inputs.js';
import { resolveEnvironmentInputs } from '../steps/resolve-environment-inputs.js';
import { runStep } from '../steps/run-step.js';
import { createActionsReporter } from './actions-reporter.js';
import { readActionInputs } from './read-action-inputs.js';
import { watchCancellation } from './watch-cancellation.js';

/** Runs the action; never throws: any failure becomes `core.setFailed`. */
export async function run(): Promise<void> {
  const reporter = createActionsReporter();
  const cancellation = watchCancellation();
  let inputs: StepInputs | undefined;
  try {
    const raw = readActionInputs();
    // Masked before anything else can print it (a secret passed as input is masked already; others are not).
    if (raw.token) reporter.setSecret(raw.token);
    if (raw['trigger-token']?.trim()) reporter.setSecret(raw['trigger-token'].trim());
    inputs = parseStepInputs(resolveEnvironmentInputs(raw, process.env));
    const fetch = await createNetworkFetch({ env: process.env, caFile: inputs.caFile });
    const client = createStepClient(inputs, fetch ? { fetch } : {});
    const result = await runStep(
      { client, reporter, clock: systemClock, signal: cancellation.signal, startedAt: Date.now() },
      inputs,
    );
    // The step's end already annotated the failure; setFailed would repeat it.
    if (result.outcome !== 'success') process.exitCode = core.ExitCode.Failure;
  } catch (error) {
    // GitLab never answered in time: as much a timeout as a job that did not end.
    if (isTimeoutError(error)) core.setOutput('timed-out', 'true');
    core.setFailed(
      describeStepError(error, {
        face: 'action',
        tokenType: inputs?.tokenType,
        token: inputs?.token,
      }),
    );
  } finally {
    cancellation.dispose();
  }
}
