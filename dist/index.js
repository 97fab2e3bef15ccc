import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  ExitCode,
  createActionsReporter,
  readActionInputs,
  setFailed,
  setOutput
} from "./chunks/chunk-SUU3T4Z5.js";
import {
  describeStepError,
  runStep,
  systemClock
} from "./chunks/chunk-4I2G37IH.js";
import {
  createNetworkFetch,
  createStepClient,
  resolveEnvironmentInputs
} from "./chunks/chunk-PKYPC7QA.js";
import {
  parseStepInputs
} from "./chunks/chunk-Y5A75X5I.js";
import "./chunks/chunk-G6DCEGWB.js";
import {
  isTimeoutError
} from "./chunks/chunk-2TMYUQSJ.js";
import "./chunks/chunk-DROKWXGZ.js";
import "./chunks/chunk-ZDFCDR2G.js";
import "./chunks/chunk-V4NBLP73.js";
import "./chunks/chunk-O5E7PUAH.js";
import "./chunks/chunk-XKSL3AXX.js";
import "./chunks/chunk-X7II2NYY.js";
import "./chunks/chunk-A2F6WHMZ.js";
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
