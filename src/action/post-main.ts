// The action's post step: when the run was cancelled, cancel the GitLab job the main step played.
import * as core from '@actions/core';
import { errorMessage } from '../gitlab/errors/error-message.js';
import { cancelStartedJob } from '../steps/cancel-started-job.js';
import { createNetworkFetch } from '../steps/create-network-fetch.js';
import { createStepClient } from '../steps/create-step-client.js';
import { parseStepInputs } from '../steps/parse-step-inputs.js';
import { resolveEnvironmentInputs } from '../steps/resolve-environment-inputs.js';
import { decodeStartedJob, STARTED_JOB_STATE } from '../steps/started-job-state.js';
import { createActionsReporter } from './actions-reporter.js';
import { readActionInputs } from './read-action-inputs.js';

/**
 * Runs the post step. action.yml runs it only when the run was cancelled (`post-if:
 * cancelled()`); it acts only when the main step saved a job it played with cancel-on-abort.
 * A failure here is a warning: the run is already cancelled.
 */
export async function runPost(): Promise<void> {
  const reporter = createActionsReporter();
  const started = decodeStartedJob(core.getState(STARTED_JOB_STATE));
  if (!started) {
    reporter.info('No GitLab job was started by this step with cancel-on-abort: nothing to cancel');
    return;
  }
  try {
    const raw = readActionInputs();
    if (raw.token) reporter.setSecret(raw.token);
    const inputs = parseStepInputs(resolveEnvironmentInputs(raw, process.env));
    const fetch = await createNetworkFetch({ env: process.env, caFile: inputs.caFile });
    await cancelStartedJob(createStepClient(inputs, fetch ? { fetch } : {}), started, reporter);
  } catch (error) {
    reporter.warning(`Could not cancel GitLab job ${started.jobId}: ${errorMessage(error)}`);
  }
}
