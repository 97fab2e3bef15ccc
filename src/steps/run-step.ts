// Runs one of the step's commands with validated inputs; the single entry the action and the CLI call.

import { runFetchTraceArtifact } from './fetch-trace-artifact-step.js';
import type { StepInputs } from './parse-step-inputs.js';
import type { StepContext } from './step-context.js';
import type { StepResult } from './step-result.js';
import { runTriggerManualJob } from './trigger-manual-job-step.js';
import { runWaitForJob } from './wait-for-job-step.js';

// The pipeline and artifacts commands load on first use: the CLI's start-up (and its bundle's
// statically loaded size, which test/cli/cli-bundle.test.ts bounds) stays that of the job commands.

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
    case 'trigger-pipeline':
      return (await import('./trigger-pipeline-step.js')).runTriggerPipeline(context, inputs);
    case 'wait-for-pipeline':
      return (await import('./wait-for-pipeline-step.js')).runWaitForPipeline(context, inputs);
    case 'fetch-artifacts':
      return (await import('./fetch-artifacts-step.js')).runFetchArtifacts(context, inputs);
  }
}
