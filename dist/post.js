import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  createActionsReporter,
  getState,
  readActionInputs
} from "./chunks/chunk-SUU3T4Z5.js";
import {
  cancelStartedJob
} from "./chunks/chunk-NTPNNXAZ.js";
import {
  STARTED_JOB_STATE,
  createNetworkFetch,
  createStepClient,
  decodeStartedJob,
  resolveEnvironmentInputs
} from "./chunks/chunk-PKYPC7QA.js";
import {
  parseStepInputs
} from "./chunks/chunk-Y5A75X5I.js";
import "./chunks/chunk-G6DCEGWB.js";
import "./chunks/chunk-DROKWXGZ.js";
import "./chunks/chunk-V4NBLP73.js";
import "./chunks/chunk-O5E7PUAH.js";
import "./chunks/chunk-X7II2NYY.js";
import {
  errorMessage
} from "./chunks/chunk-A2F6WHMZ.js";
import "./chunks/chunk-7QHSCVNK.js";

// src/action/post-main.ts
async function runPost() {
  const reporter = createActionsReporter();
  const started = decodeStartedJob(getState(STARTED_JOB_STATE));
  if (!started) {
    reporter.info("No GitLab job was started by this step with cancel-on-abort: nothing to cancel");
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

// src/action/post.ts
await runPost();
