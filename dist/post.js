import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  createActionsReporter,
  getState,
  readActionInputs
} from "./chunks/chunk-HWKOBLS3.js";
import {
  cancelStartedJob
} from "./chunks/chunk-FQRENYPA.js";
import {
  STARTED_JOB_STATE,
  createNetworkFetch,
  createStepClient,
  decodeStartedJob,
  resolveEnvironmentInputs
} from "./chunks/chunk-ZPTZNYZA.js";
import {
  parseStepInputs
} from "./chunks/chunk-ZDZOMQH2.js";
import "./chunks/chunk-G6DCEGWB.js";
import "./chunks/chunk-DROKWXGZ.js";
import "./chunks/chunk-OBXJ5AND.js";
import "./chunks/chunk-E3EP7K6C.js";
import "./chunks/chunk-G7Q4FV4K.js";
import {
  errorMessage
} from "./chunks/chunk-HG77K7LZ.js";
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
