import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  ExitCode,
  createActionsReporter,
  readActionInputs,
  setFailed,
  setOutput
} from "./chunks/chunk-AFTLBBOQ.js";
import {
  describeStepError,
  isTimeoutError,
  runStep,
  systemClock
} from "./chunks/chunk-NVK6FHH6.js";
import {
  createNetworkFetch,
  createStepClient,
  parseStepInputs,
  resolveEnvironmentInputs
} from "./chunks/chunk-DQT5VKAN.js";
import "./chunks/chunk-YPQ2PB2I.js";
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
