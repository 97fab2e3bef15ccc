import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  ExitCode,
  createActionsReporter,
  readActionInputs,
  setFailed,
  setOutput
} from "./chunks/chunk-HWKOBLS3.js";
import {
  describeStepError,
  runStep,
  systemClock
} from "./chunks/chunk-NCS65PAL.js";
import {
  createNetworkFetch,
  createStepClient,
  resolveEnvironmentInputs
} from "./chunks/chunk-ZPTZNYZA.js";
import {
  parseStepInputs
} from "./chunks/chunk-ZDZOMQH2.js";
import "./chunks/chunk-G6DCEGWB.js";
import {
  isTimeoutError
} from "./chunks/chunk-NTBHQ42I.js";
import "./chunks/chunk-DROKWXGZ.js";
import "./chunks/chunk-NKSKERGS.js";
import "./chunks/chunk-OBXJ5AND.js";
import "./chunks/chunk-E3EP7K6C.js";
import "./chunks/chunk-YBZB3JSA.js";
import "./chunks/chunk-G7Q4FV4K.js";
import "./chunks/chunk-HG77K7LZ.js";
import "./chunks/chunk-7QHSCVNK.js";

// src/action/watch-cancellation.ts
function watchCancellation() {
  const controller = new AbortController();
  const onSignal = (name) => {
    controller.abort(new Error(`Stopped by ${name}: the run was cancelled`));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  };
}

// src/action/main.ts
async function run() {
  const reporter = createActionsReporter();
  const cancellation = watchCancellation();
  let inputs;
  try {
    const raw = readActionInputs();
    if (raw.token) reporter.setSecret(raw.token);
    if (raw["trigger-token"]?.trim()) reporter.setSecret(raw["trigger-token"].trim());
    inputs = parseStepInputs(resolveEnvironmentInputs(raw, process.env));
    const fetch = await createNetworkFetch({ env: process.env, caFile: inputs.caFile });
    const client = createStepClient(inputs, fetch ? { fetch } : {});
    const result = await runStep(
      { client, reporter, clock: systemClock, signal: cancellation.signal, startedAt: Date.now() },
      inputs
    );
    if (result.outcome !== "success") process.exitCode = ExitCode.Failure;
  } catch (error) {
    if (isTimeoutError(error)) setOutput("timed-out", "true");
    setFailed(
      describeStepError(error, {
        face: "action",
        tokenType: inputs?.tokenType,
        token: inputs?.token
      })
    );
  } finally {
    cancellation.dispose();
  }
}

// src/action/index.ts
await run();
