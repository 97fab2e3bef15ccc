// Runs one of the step's commands with validated inputs; the single entry the action and the CLI call.

import { runFetchTraceArtifact } from './fetch-trace-artifact-step.js';
import type { StepInputs } from './parse-step-inputs.js';
import type { StepContext } from './step-context.js';
import type { StepResult } from './step-result.js';
import { runTriggerManualJob } from './trigger-manual-job-step.js';
import { runWaitForJob } from './wait-for-job-step.js';

/** Runs `inputs.command`; resolves with its result, throws a JobRelayError for bad input or API failure. */
export async function runStep(context: StepContext, inputs: StepInputs): Promise<StepResult> {
  context.reporter.setSecret(inputs.token);
  switch (inputs.command) {
    case 'wait-for-job':
      return runWaitForJob(context, inputs);
    case 'trigger-manual-job':
      return runTriggerManualJob(context, inputs);
    case 'fetch-trace-artifact':
      return runFetchTraceArtifact(context, inputs);
  }
}
