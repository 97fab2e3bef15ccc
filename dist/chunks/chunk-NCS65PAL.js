import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  STARTED_JOB_STATE,
  encodeStartedJob,
  postJobAction
} from "./chunk-ZPTZNYZA.js";
import {
  STEP_INPUTS,
  detectTokenType
} from "./chunk-ZDZOMQH2.js";
import {
  DEFAULT_POLL_SCHEDULE,
  createAnsiStripper,
  createLogTail,
  followJobTrace,
  followRemoteLog,
  getJobTrace,
  isGitLabHttpError,
  isInterruptedRead,
  isInvalidInputError,
  isTimeoutError,
  isTransientError,
  nextPollDelay,
  readStream
} from "./chunk-NTBHQ42I.js";
import {
  formatDuration
} from "./chunk-DROKWXGZ.js";
import {
  InterruptedBodyError,
  closeFile,
  copyBody,
  downloadRetryDelay,
  finalDownloadError,
  nodeGet,
  nodeHttpError,
  resolveTargetJob
} from "./chunk-NKSKERGS.js";
import {
  getJob
} from "./chunk-OBXJ5AND.js";
import {
  usesGlobalFetch
} from "./chunk-E3EP7K6C.js";
import {
  BridgeSchema,
  listPipelineJobs,
  remainingMs,
  stepDeadline,
  wallDeadline
} from "./chunk-YBZB3JSA.js";
import {
  CallOptionsEntries,
  GitLabHttpError,
  IdParamSchema,
  InvalidInputError,
  JobSchema,
  ProjectRefParamSchema,
  VariablesParamSchema,
  jobPath,
  parseParams,
  sleep
} from "./chunk-G7Q4FV4K.js";
import {
  errorMessage,
  is,
  isBlockedStatus,
  isFinishedStatus,
  isJobRelayError,
  optional,
  strictObject,
  union
} from "./chunk-HG77K7LZ.js";

// src/gitlab/clock.ts
var systemClock = Object.freeze({
  now: () => Date.now(),
  sleep: (ms, signal) => sleep(ms, signal)
});

// src/steps/certificate-problem.ts
var UNTRUSTED_CODES = /* @__PURE__ */ new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_UNTRUSTED",
  "CERT_SIGNATURE_FAILURE"
]);
var DATE_CODES = /* @__PURE__ */ new Set(["CERT_HAS_EXPIRED", "CERT_NOT_YET_VALID"]);
var HOST_CODES = /* @__PURE__ */ new Set(["ERR_TLS_CERT_ALTNAME_INVALID", "HOSTNAME_MISMATCH"]);
function certificateProblem(error, caFileOption) {
  const code = certificateCode(error, 0);
  if (code === void 0) return void 0;
  if (HOST_CODES.has(code)) {
    return `the server's certificate (${code}) does not name the host of the GitLab URL: use the address the certificate was issued for`;
  }
  if (DATE_CODES.has(code)) {
    return `the server's certificate is outside its validity dates (${code}): renew it, or check this machine's clock`;
  }
  return `the server's certificate is not trusted (${code}): if GitLab (or a proxy inspecting TLS) uses a private CA, give that CA's certificate as a PEM file with ${caFileOption}, or set NODE_EXTRA_CA_CERTS to it`;
}
function certificateCode(error, depth) {
  if (typeof error !== "object" || error === null || depth > 6) return void 0;
  const record = error;
  if (typeof record.code === "string" && isCertificateCode(record.code)) return record.code;
  const fromCause = certificateCode(record.cause, depth + 1);
  if (fromCause) return fromCause;
  if (Array.isArray(record.errors)) {
    for (const inner of record.errors) {
      const code = certificateCode(inner, depth + 1);
      if (code) return code;
    }
  }
  return void 0;
}
function isCertificateCode(code) {
  return UNTRUSTED_CODES.has(code) || DATE_CODES.has(code) || HOST_CODES.has(code);
}

// src/steps/describe-step-error.ts
var HEADER = {
  private: "PRIVATE-TOKEN",
  job: "JOB-TOKEN",
  oauth: "Authorization: Bearer"
};
function describeStepError(error, context) {
  const label = (name) => inputLabel(name, context.face);
  if (isInvalidInputError(error)) {
    return `Invalid ${label(error.field)}${error.value ? ` ${error.value}` : ""}: ${error.reason}`;
  }
  if (isGitLabHttpError(error) && error.status === 401 && context.tokenType) {
    return `${error.message}. ${tokenHint(context.tokenType, context.token ?? "", label("token-type"))}`;
  }
  if (isTimeoutError(error)) {
    return `${error.message}: no answer in time (limits: ${label("request-timeout")} for each request, ${label("timeout")} for the whole step)`;
  }
  const message = errorMessage(error);
  const certificate = certificateProblem(error, label("ca-file"));
  if (certificate) return `${message}: ${certificate}`;
  return isJobRelayError(error) ? message : `unexpected failure: ${message}`;
}
function inputLabel(name, face) {
  const input = STEP_INPUTS.find((candidate) => candidate.name === name);
  if (face === "action" || !input || name === "command") return name;
  return `--${input.cliRepeatable ?? input.name}`;
}
function tokenHint(sentAs, token, option) {
  const sent = `The token was sent as ${option} ${sentAs} (${HEADER[sentAs]})`;
  const looksLikeJobToken = token !== "" && detectTokenType(token) === "job";
  if (sentAs !== "job" && looksLikeJobToken) {
    return `${sent}, but it is a CI job token: use ${option} job.`;
  }
  if (sentAs === "private") {
    return `${sent}: if it is a CI job token, use ${option} job (an OAuth token: oauth); otherwise it may have expired or been revoked.`;
  }
  if (sentAs === "job") {
    return `${sent}: if it is a personal, project or group access token, use ${option} private (an OAuth token: oauth); a job token also stops working when its job ends.`;
  }
  return `${sent}: if it is an access token, use ${option} private; a CI job token, ${option} job.`;
}

// src/steps/fetch-trace-artifact-step.ts
import { resolve } from "node:path";

// src/gitlab/wait/poll-job.ts
var TargetSchema = strictObject({ project: ProjectRefParamSchema, jobId: IdParamSchema });
var DEFAULT_MAX_CONSECUTIVE_ERRORS = 5;
var FINAL_READ_GRACE_MS = 1e4;
async function pollJob(client, params) {
  const target = parseParams(
    TargetSchema,
    { project: params.project, jobId: params.jobId },
    "pollJob"
  );
  const clock = params.clock ?? systemClock;
  const schedule = { ...DEFAULT_POLL_SCHEDULE, ...params.schedule };
  checkSchedule(schedule);
  const start = clock.now();
  const deadline = resolveDeadline(start, params);
  const maxErrors = params.maxConsecutiveErrors ?? DEFAULT_MAX_CONSECUTIVE_ERRORS;
  let polls = 0;
  let errors = 0;
  const readOnce = async () => {
    polls++;
    try {
      const remaining = Math.max(0, deadline - clock.now());
      const fresh = await getJob(client, {
        ...target,
        signal: params.signal,
        deadline: Date.now() + remaining + FINAL_READ_GRACE_MS
      });
      errors = 0;
      return { fresh };
    } catch (error) {
      if (params.signal?.aborted || !isTransientError(error)) throw error;
      errors++;
      if (errors > maxErrors) throw error;
      return { error };
    }
  };
  let job;
  let delay;
  let last = params.initialJob ? { fresh: params.initialJob } : await readOnce();
  for (; ; ) {
    let activity = false;
    if (last.fresh) {
      const previous = job;
      const reported = await params.onPoll?.(last.fresh, previous);
      activity = reported === true || previous !== void 0 && previous.status !== last.fresh.status;
      job = last.fresh;
      if (params.isDone(job)) return { job, done: true, elapsedMs: clock.now() - start, polls };
    }
    const now = clock.now();
    if (now >= deadline) {
      if (job) return { job, done: false, elapsedMs: now - start, polls };
      throw last.error;
    }
    const retryAfterMs = isGitLabHttpError(last.error) ? last.error.retryAfterMs : void 0;
    delay = nextPollDelay(delay, schedule, { activity, retryAfterMs });
    const pause = Math.min(delay, deadline - now);
    if (last.error !== void 0) params.onPollError?.(last.error, pause);
    await clock.sleep(pause, params.signal);
    last = await readOnce();
  }
}
function resolveDeadline(start, params) {
  const candidates = [];
  if (params.deadline !== void 0) candidates.push(params.deadline);
  if (params.timeoutMs !== void 0) {
    if (!Number.isFinite(params.timeoutMs) || params.timeoutMs < 0) {
      throw new InvalidInputError(
        "timeoutMs",
        String(params.timeoutMs),
        "must be a number of milliseconds, 0 or more"
      );
    }
    candidates.push(start + params.timeoutMs);
  }
  if (candidates.length === 0) {
    throw new InvalidInputError(
      "timeoutMs",
      "undefined",
      "give timeoutMs or deadline: a wait must end"
    );
  }
  return Math.min(...candidates);
}
function checkSchedule(schedule) {
  for (const key of ["firstIntervalMs", "maxIntervalMs"]) {
    const value = schedule[key];
    if (!Number.isFinite(value) || value <= 0) {
      throw new InvalidInputError(
        `schedule.${key}`,
        String(value),
        "must be a positive number of milliseconds"
      );
    }
  }
}

// src/gitlab/wait/wait-for-job.ts
function isWaitOver(status, keepWaitingWhenBlocked = false) {
  return isFinishedStatus(status) || !keepWaitingWhenBlocked && isBlockedStatus(status);
}
async function waitForJob(client, params) {
  const { keepWaitingWhenBlocked = false, ...rest } = params;
  return pollJob(client, {
    ...rest,
    isDone: (job) => isWaitOver(job.status, keepWaitingWhenBlocked)
  });
}

// src/steps/classify-job-outcome.ts
function classifyJobOutcome(status, successStatuses) {
  return successStatuses.includes(status) ? "success" : "failed";
}

// src/steps/node-trace-file.ts
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

// src/gitlab/node/download-job-trace.ts
import { createWriteStream } from "node:fs";
var MAX_REDIRECTS = 3;
var WRITE_HIGH_WATER_MARK = 1024 * 1024;
async function downloadJobTrace(client, params) {
  const url = new URL(jobPath(params.project, params.jobId, "trace"), client.apiUrl);
  const file = createWriteStream(params.path, {
    flags: params.mode === "append" ? "a" : "w",
    highWaterMark: WRITE_HIGH_WATER_MARK
  });
  const { hash } = params;
  let bytes = 0;
  let ranged;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const from = params.offset + bytes;
        const answer = await openFollowingRedirects(client, url, from, params);
        if (answer === void 0) {
          ranged = true;
          break;
        }
        if (from > 0) ranged = answer.status === 206;
        const skip = answer.status === 206 ? rangeSkip(answer.headers, from) : from;
        bytes += await copyBody(answer, file, hash, skip);
        break;
      } catch (error) {
        if (error instanceof InterruptedBodyError) bytes += error.written;
        if (params.signal?.aborted) throw params.signal.reason;
        const delay = downloadRetryDelay(client, error, attempt, params.deadline);
        if (delay !== void 0 && error instanceof InterruptedBodyError) {
          params.onResume?.(params.offset + bytes, error.cause);
        }
        if (delay === void 0) throw finalDownloadError(error);
        await sleep(delay, params.signal);
      }
    }
    await closeFile(file);
  } catch (error) {
    file.destroy();
    throw error;
  }
  return { bytes, ranged };
}
async function openFollowingRedirects(client, url, from, params) {
  const headers = { Accept: "*/*", ...client.authHeaders() };
  if (from > 0) headers.Range = `bytes=${from}-`;
  let target = url;
  for (let hop = 0; ; hop++) {
    const path = `${target.pathname}${target.search}`;
    const answer = await nodeGet(client, target, headers, path, params);
    const { status } = answer;
    if (status >= 200 && status < 300) return answer;
    if (status === 416 && from > 0) {
      answer.body.resume();
      return void 0;
    }
    const location = answer.headers.get("location");
    if (status >= 300 && status < 400 && location) {
      answer.body.resume();
      const next = new URL(location, target);
      const never = client.redirects === "none";
      if (never || next.origin !== url.origin || hop >= MAX_REDIRECTS) {
        const shown = `${next.origin}${next.pathname}`;
        throw new GitLabHttpError({
          status,
          statusText: answer.statusText,
          method: "GET",
          path,
          gitlabMessage: client.redact(
            never ? `redirected to ${shown}; this client follows no redirect` : `redirected to ${shown}; not followed so the token is not sent there (set the client url to the final address)`
          )
        });
      }
      target = next;
      continue;
    }
    throw await nodeHttpError(client, path, answer);
  }
}
function rangeSkip(headers, from) {
  const start = /^bytes (\d+)-/.exec(headers.get("content-range") ?? "")?.[1];
  if (start === void 0) return 0;
  const skip = from - Number(start);
  if (skip < 0) throw new Error(`the server answered from byte ${start}, after the ${from} asked`);
  return skip;
}

// src/steps/log-file-tail.ts
import { open } from "node:fs/promises";
var TAIL_WINDOW_BYTES = 256 * 1024;
async function readLogFileTail(path, count) {
  if (count === 0) return [];
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const start = Math.max(0, size - TAIL_WINDOW_BYTES);
    const buffer = Buffer.alloc(size - start);
    const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, start);
    let text = new TextDecoder().decode(buffer.subarray(0, bytesRead));
    if (start > 0) text = text.slice(text.indexOf("\n") + 1);
    const tail = createLogTail(count);
    tail.push(text);
    return tail.lines();
  } finally {
    await handle.close();
  }
}

// src/steps/node-trace-file.ts
async function openNodeTraceFile(client, target) {
  await mkdir(dirname(target.path), { recursive: true });
  await writeFile(target.path, "");
  const hash = createHash("sha256");
  let bytes = 0;
  return {
    async readNew({ signal }) {
      const read = await downloadJobTrace(client, {
        project: target.project,
        jobId: target.jobId,
        offset: bytes,
        path: target.path,
        mode: "append",
        signal,
        transport: {},
        hash,
        onResume: target.onResume
      });
      bytes += read.bytes;
      return read.bytes > 0 && read.ranged !== false;
    },
    async close() {
      const tail = await readLogFileTail(target.path, target.tailLines);
      return { path: target.path, bytes, sha256: hash.digest("hex"), tail };
    }
  };
}

// src/steps/report-status-change.ts
function reportStatusChange(context, current, previous) {
  if (previous?.status === current.status) return;
  context.reporter.statusChange({
    job: current,
    from: previous?.status,
    to: current.status,
    elapsedMs: context.clock.now() - context.startedAt
  });
}

// src/steps/report-step-end.ts
async function reportStepEnd(context, end) {
  const { reporter } = context;
  const { job } = end;
  const outputs = {
    status: job.status,
    "job-id": String(job.id),
    "web-url": job.web_url,
    duration: job.duration === null ? "" : String(job.duration),
    "failure-reason": job.failure_reason ?? "",
    "timed-out": String(end.outcome === "timed-out"),
    ...end.extraOutputs
  };
  for (const [name, value] of Object.entries(outputs)) {
    reporter.setOutput(name, value ?? "");
  }
  const title = `GitLab job ${job.name} (#${job.id}): ${job.status}`;
  if (end.outcome !== "success") reporter.annotation("error", end.message, title);
  else if (job.status === "failed") {
    reporter.annotation(
      "error",
      `GitLab job ${job.id} failed${reason(job)}: ${job.web_url}`,
      title
    );
  }
  const summary = {
    command: end.command,
    outcome: end.outcome,
    headline: end.message,
    job: {
      id: job.id,
      name: job.name,
      status: job.status,
      webUrl: job.web_url,
      durationSeconds: job.duration,
      failureReason: job.failure_reason
    },
    logTail: end.logTail,
    details: end.details ?? []
  };
  try {
    await reporter.summary(summary);
  } catch (error) {
    reporter.warning(`Could not write the step summary: ${errorMessage(error)}`);
  }
  return { outcome: end.outcome, message: end.message, job, outputs };
}
function reason(job) {
  return job.failure_reason ? ` (${job.failure_reason})` : "";
}

// src/steps/trace-file-writer.ts
import { createHash as createHash2 } from "node:crypto";
import { mkdir as mkdir2, open as open2 } from "node:fs/promises";
import { dirname as dirname2 } from "node:path";

// src/gitlab/trace/strip-ansi-stream.ts
var SLICE = 8192;
function stripAnsiStream() {
  const stripper = createAnsiStripper();
  const emit = (controller, text) => {
    if (text.length > 0) controller.enqueue(binaryToBytes(text));
  };
  return new TransformStream({
    transform(chunk, controller) {
      emit(controller, stripper.push(bytesToBinary(chunk)));
    },
    flush(controller) {
      emit(controller, stripper.end());
    }
  });
}
function bytesToBinary(bytes) {
  let text = "";
  for (let start = 0; start < bytes.length; start += SLICE) {
    text += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  }
  return text;
}
function binaryToBytes(text) {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) bytes[index] = text.charCodeAt(index);
  return bytes;
}

// src/steps/trace-file-writer.ts
async function openTraceFile(path, options) {
  await mkdir2(dirname2(path), { recursive: true });
  const handle = await open2(path, "w");
  const hash = createHash2("sha256");
  const decoder = new TextDecoder();
  let bytes = 0;
  const transform = options.stripAnsi ? stripAnsiStream() : new TransformStream();
  const input = transform.writable.getWriter();
  const drained = (async () => {
    const reader = transform.readable.getReader();
    try {
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        hash.update(read.value);
        bytes += read.value.byteLength;
        options.tail.push(decoder.decode(read.value, { stream: true }));
        await handle.write(read.value);
      }
      options.tail.push(decoder.decode());
    } finally {
      await handle.close();
    }
  })();
  drained.catch(() => void 0);
  return {
    async write(chunk) {
      await input.write(chunk);
    },
    async close() {
      await input.close();
      await drained;
      return { path, bytes, sha256: hash.digest("hex") };
    },
    async abort(reason2) {
      await input.abort(reason2).catch(() => void 0);
      await drained.catch(() => void 0);
    }
  };
}

// src/steps/fetch-trace-artifact-step.ts
var COMMAND = "fetch-trace-artifact";
var MAX_READ_ATTEMPTS = 3;
async function runFetchTraceArtifact(context, inputs) {
  const { client, reporter, clock, signal } = context;
  let job = await resolveTargetJob(client, inputs, {
    signal,
    deadline: wallDeadline(context, inputs.timeoutMs)
  });
  const path = resolve(inputs.output);
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), remainingMs(context, inputs.timeoutMs));
  const readSignal = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
  const log = !inputs.stripAnsi && usesGlobalFetch(client) ? await nodeLogFile(client, inputs, job.id, path, readSignal, reporter) : await fetchLogFile(client, inputs, job.id, path, readSignal, reporter);
  const readNew = log.readNew;
  let done = true;
  try {
    reporter.info(`Writing the log of job ${job.id} ${JSON.stringify(job.name)} to ${path}`);
    if (inputs.followLog) {
      const waited = await waitForJob(client, {
        project: inputs.project,
        jobId: job.id,
        initialJob: job,
        deadline: stepDeadline(context, inputs.timeoutMs),
        clock,
        signal,
        schedule: { firstIntervalMs: inputs.intervalMs, maxIntervalMs: inputs.maxIntervalMs },
        keepWaitingWhenBlocked: inputs.keepWaitingOnManual,
        onPoll: async (current, previous) => {
          reportStatusChange(context, current, previous);
          return current.started_at !== null ? readNew() : false;
        }
      });
      job = waited.job;
      done = waited.done;
    }
    await readNew();
  } catch (error) {
    if (!timeout.signal.aborted || signal?.aborted) {
      await log.abort(error);
      throw error;
    }
    done = false;
  } finally {
    clearTimeout(timer);
  }
  const written = await log.close();
  reporter.info(`Wrote ${written.bytes} bytes to ${written.path} (sha256 ${written.sha256})`);
  const label = `Job ${job.id} ${JSON.stringify(job.name)}`;
  const saved = `saved ${written.bytes} bytes`;
  const ended = isFinishedStatus(job.status) || inputs.followLog && done;
  const outcome = !done ? "timed-out" : ended ? classifyJobOutcome(job.status, inputs.successStatuses) : "success";
  const message = outcome === "timed-out" ? `Timed out after ${formatDuration(inputs.timeoutMs)}: ${label} is still ${job.status}; ${saved} so far` : outcome === "failed" ? `${label} ended ${job.status}${reason(job)}, not one of: ${inputs.successStatuses.join(", ")}; ${saved}` : `${label} is ${job.status}; ${saved}`;
  return reportStepEnd(context, {
    command: COMMAND,
    job,
    outcome,
    message,
    logTail: written.tail,
    details: [
      ["Log file", written.path],
      ["Bytes", String(written.bytes)],
      ["SHA-256", written.sha256]
    ],
    extraOutputs: {
      path: written.path,
      bytes: String(written.bytes),
      sha256: written.sha256
    }
  });
}
async function nodeLogFile(client, inputs, jobId, path, readSignal, reporter) {
  const file = await openNodeTraceFile(client, {
    project: inputs.project,
    jobId,
    path,
    tailLines: inputs.summaryLines,
    onResume: warnResumed(reporter)
  });
  return {
    // As over fetch, the step's timer (readSignal) bounds each read, not a deadline: the read
    // after a timed-out wait still saves what the log holds.
    readNew: () => file.readNew({ signal: readSignal }),
    close: () => file.close(),
    // Every write has settled when a read fails: the file holds what arrived; nothing to undo.
    abort: async () => void 0
  };
}
async function fetchLogFile(client, inputs, jobId, path, readSignal, reporter) {
  const tail = createLogTail(inputs.summaryLines);
  const file = await openTraceFile(path, { stripAnsi: inputs.stripAnsi, tail });
  const trace = followJobTrace(client, { project: inputs.project, jobId });
  const resumed = warnResumed(reporter);
  return {
    async readNew() {
      const before = trace.offset;
      for (let attempt = 1; ; attempt++) {
        try {
          for await (const chunk of trace.read({ signal: readSignal })) await file.write(chunk);
          return trace.offset > before && trace.ranged !== false;
        } catch (error) {
          if (readSignal.aborted || attempt >= MAX_READ_ATTEMPTS || !isInterruptedRead(error)) {
            throw error;
          }
          resumed(trace.offset, error);
        }
      }
    },
    close: async () => ({ ...await file.close(), tail: tail.lines() }),
    abort: (reason2) => file.abort(reason2)
  };
}
function warnResumed(reporter) {
  return (written, reason2) => reporter.warning(
    `Reading the log broke off after ${written} bytes (${errorMessage(reason2)}); resuming`
  );
}

// src/gitlab/jobs/find-job-retry.ts
async function findJobRetry(client, params) {
  const { job } = params;
  if (!job.pipeline) return void 0;
  const jobs = listPipelineJobs(client, {
    project: params.project,
    pipelineId: job.pipeline.id,
    maxPages: 1,
    signal: params.signal,
    deadline: params.deadline
  });
  for await (const candidate of jobs) {
    if (candidate.name === job.name && candidate.id > job.id) return candidate;
  }
  return void 0;
}

// src/gitlab/schemas/job-or-bridge.ts
var JobOrBridgeSchema = union([JobSchema, BridgeSchema]);

// src/gitlab/jobs/play-job.ts
var PlayJobParamsSchema = strictObject({
  project: ProjectRefParamSchema,
  jobId: IdParamSchema,
  /** CI/CD variables for the run: `{ KEY: 'value' }` or `[{ key, value }]`. */
  variables: optional(VariablesParamSchema),
  ...CallOptionsEntries
});
async function playJob(client, params) {
  const p = parseParams(PlayJobParamsSchema, params, "playJob");
  return postJobAction(
    client,
    {
      operation: "playJob",
      route: "POST /projects/:id/jobs/:job_id/play",
      path: jobPath(p.project, p.jobId, "play"),
      body: p.variables ? { job_variables_attributes: p.variables } : void 0,
      // Redacted from this call's errors only: a shared client (the relay's) must not collect them.
      secrets: p.variables?.map((variable) => variable.value),
      signal: p.signal,
      deadline: p.deadline
    },
    JobOrBridgeSchema,
    p,
    async (target) => {
      const job = await getJob(client, target);
      return isBlockedStatus(job.status) || job.status === "created" ? void 0 : job;
    }
  );
}

// src/steps/printable-text.ts
function printableText(text) {
  return Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    return code < 32 || code >= 127 && code <= 159 ? " " : char;
  }).join("");
}

// src/steps/job-action-line.ts
function jobActionLine(verb, project, job, change) {
  const head = `${verb} job ${job.id} (${printableText(job.name)}) in ${project}`;
  if (change.what) return `${head}: ${change.what}`;
  const after = change.after ?? job.status;
  return change.before ? `${head}: ${change.before} \u2192 ${after}` : `${head}: now ${after}`;
}

// src/steps/read-log-tail.ts
var TAIL_READ_LIMIT_MS = 3e4;
async function readLogTail(client, params, reporter) {
  if (params.count === 0) return [];
  const tail = createLogTail(params.count);
  const limit = AbortSignal.timeout(TAIL_READ_LIMIT_MS);
  const signal = params.signal ? AbortSignal.any([params.signal, limit]) : limit;
  try {
    const stream = await getJobTrace(client, {
      project: params.project,
      jobId: params.jobId,
      signal
    });
    const decoder = new TextDecoder();
    for await (const chunk of readStream(stream, signal)) {
      tail.push(decoder.decode(chunk, { stream: true }));
    }
    tail.push(decoder.decode());
  } catch (error) {
    if (params.signal?.aborted) throw error;
    reporter.warning(`Could not read the job log for the summary: ${errorMessage(error)}`);
    return [];
  }
  return tail.lines();
}

// src/steps/wait-for-job-step.ts
async function runWaitForJob(context, inputs, found, command = "wait-for-job") {
  const { client, reporter, clock, signal } = context;
  const deadline = stepDeadline(context, inputs.timeoutMs);
  const job = found ?? await resolveTargetJob(client, inputs, {
    signal,
    deadline: wallDeadline(context, inputs.timeoutMs)
  });
  reporter.info(
    `Waiting for job ${job.id} ${JSON.stringify(job.name)} (${job.web_url}), at most ${formatDuration(Math.max(0, deadline - clock.now()))}`
  );
  const tail = createLogTail(inputs.summaryLines);
  const follower = inputs.followLog ? followRemoteLog({ client, project: inputs.project, jobId: job.id, reporter, tail, signal }) : void 0;
  const waited = await waitForJob(client, {
    project: inputs.project,
    jobId: job.id,
    initialJob: job,
    deadline,
    clock,
    signal,
    schedule: { firstIntervalMs: inputs.intervalMs, maxIntervalMs: inputs.maxIntervalMs },
    keepWaitingWhenBlocked: inputs.keepWaitingOnManual,
    onPoll: async (current, previous) => {
      const grew = follower && current.started_at !== null ? await follower.readNew() : false;
      reportStatusChange(context, current, previous);
      return grew;
    },
    onPollError: (error, delayMs) => reporter.warning(
      `Reading job ${job.id} failed (${errorMessage(error)}); trying again in ${formatDuration(delayMs)}`
    )
  });
  let logTail;
  if (follower) {
    await follower.finish();
    logTail = tail.lines();
  } else if (waited.job.started_at !== null) {
    logTail = await readLogTail(
      client,
      { project: inputs.project, jobId: job.id, count: inputs.summaryLines, signal },
      reporter
    );
  } else {
    logTail = [];
  }
  const end = waited.job;
  const label = `Job ${end.id} ${JSON.stringify(end.name)}`;
  if (!waited.done) {
    return reportStepEnd(context, {
      command,
      job: end,
      outcome: "timed-out",
      message: `Timed out after ${formatDuration(inputs.timeoutMs)}: ${label} is still ${end.status}`,
      logTail
    });
  }
  const outcome = classifyJobOutcome(end.status, inputs.successStatuses);
  return reportStepEnd(context, {
    command,
    job: end,
    outcome,
    message: outcomeMessage(label, end, outcome, inputs),
    logTail
  });
}
function outcomeMessage(label, job, outcome, inputs) {
  if (outcome === "success") return `${label} ended ${job.status}`;
  if (job.status === "manual" || job.status === "scheduled") {
    return `${label} is ${job.status}: it waits for ${job.status === "manual" ? "someone to play it" : "its scheduled time"} (add ${job.status} to success-statuses, or set keep-waiting-on-manual)`;
  }
  const counted = inputs.successStatuses.join(", ");
  return `${label} ended ${job.status}${reason(job)}, not one of: ${counted}`;
}

// src/steps/trigger-manual-job-step.ts
var COMMAND2 = "trigger-manual-job";
var PLAY_MIN_MS = 3e4;
async function runTriggerManualJob(context, inputs) {
  const { client, reporter, clock, signal } = context;
  for (const variable of inputs.variables) if (variable.masked) reporter.setSecret(variable.value);
  let job = await resolveTargetJob(client, inputs, {
    signal,
    deadline: wallDeadline(context, inputs.timeoutMs)
  });
  const label = () => `Job ${job.id} ${JSON.stringify(job.name)}`;
  if (job.status === "created") {
    reporter.info(
      `${label()} is created: its needs are unfinished; waiting until it can be played`
    );
    const waited = await pollJob(client, {
      project: inputs.project,
      jobId: job.id,
      initialJob: job,
      isDone: (current) => current.status !== "created",
      deadline: stepDeadline(context, inputs.timeoutMs),
      clock,
      signal,
      schedule: { firstIntervalMs: inputs.intervalMs, maxIntervalMs: inputs.maxIntervalMs }
    });
    job = waited.job;
    if (!waited.done) {
      return reportStepEnd(context, {
        command: COMMAND2,
        job,
        outcome: "timed-out",
        message: `Timed out after ${formatDuration(inputs.timeoutMs)}: ${label()} is still created, its needs unfinished`,
        logTail: []
      });
    }
  }
  let played = false;
  if (isBlockedStatus(job.status)) {
    const keys = inputs.variables.map((variable) => variable.key);
    reporter.info(`Playing ${label()}${keys.length ? ` with ${keys.join(", ")}` : ""}`);
    const before = job.status;
    const outcome = await playOnce(context, inputs, job);
    job = outcome.job;
    played = outcome.played;
    if (played) {
      reporter.info(jobActionLine("Played", inputs.project, job, { before, after: job.status }));
      if (inputs.cancelOnAbort) {
        reporter.saveState(
          STARTED_JOB_STATE,
          encodeStartedJob({ project: inputs.project, jobId: job.id })
        );
      }
    }
  }
  if (!played) {
    const by = job.user ? ` (started by ${job.user.username})` : "";
    reporter.annotation(
      "notice",
      `${label()} is already ${job.status}${by}; it was not played again`,
      "Job already played"
    );
    if (isFinishedStatus(job.status) && job.status !== "success" && !inputs.wait) {
      const outcome = classifyJobOutcome(job.status, inputs.successStatuses);
      return reportStepEnd(context, {
        command: COMMAND2,
        job,
        outcome,
        message: outcome === "success" ? `${label()} had already ended ${job.status}` : `${label()} had already ended ${job.status}${reason(job)}; it was not played again`,
        logTail: []
      });
    }
  }
  if (inputs.wait) {
    const waitInputs = played ? { ...inputs, keepWaitingOnManual: true } : inputs;
    return runWaitForJob(context, waitInputs, job, COMMAND2);
  }
  return reportStepEnd(context, {
    command: COMMAND2,
    job,
    outcome: "success",
    message: played ? `${label()} was played and is ${job.status}` : `${label()} was already ${job.status}; not played again`,
    logTail: []
  });
}
async function playOnce(context, inputs, job) {
  const { client, signal } = context;
  try {
    const result = await playJob(client, {
      project: inputs.project,
      jobId: job.id,
      variables: inputs.variables.map(({ key, value }) => ({ key, value })),
      signal,
      // Even at the end of the timeout, the one play gets time to land and be read back.
      deadline: Math.max(wallDeadline(context, inputs.timeoutMs), Date.now() + PLAY_MIN_MS)
    });
    const played = is(JobSchema, result) ? result : await getJob(client, { project: inputs.project, jobId: job.id, signal });
    if (!isFinishedStatus(played.status)) return { job: played, played: true };
    const retry = await findJobRetry(client, { project: inputs.project, job: played, signal });
    if (!retry) {
      context.reporter.annotation(
        "warning",
        `Job ${job.id} had already ended ${played.status} when it was played; GitLab ran it again, but the new run was not found in its pipeline`,
        "New run not found"
      );
      return { job: played, played: true };
    }
    context.reporter.info(
      `Job ${job.id} had already ended ${played.status}; GitLab ran it again as job ${retry.id}`
    );
    return { job: retry, played: true };
  } catch (error) {
    if (isGitLabHttpError(error) && error.status === 400) {
      const now = await getJob(client, { project: inputs.project, jobId: job.id, signal });
      if (!isBlockedStatus(now.status) && now.status !== "created")
        return { job: now, played: false };
    }
    throw error;
  }
}

// src/steps/run-step.ts
async function runStep(context, inputs) {
  context.reporter.setSecret(inputs.token);
  switch (inputs.command) {
    case "wait-for-job":
      return runWaitForJob(context, inputs);
    case "trigger-manual-job":
      return runTriggerManualJob(context, inputs);
    case "fetch-trace-artifact":
      return runFetchTraceArtifact(context, inputs);
    case "trigger-pipeline":
      return (await import("./trigger-pipeline-step-OWTA4RY4.js")).runTriggerPipeline(context, inputs);
    case "wait-for-pipeline":
      return (await import("./wait-for-pipeline-step-VWGGMHAC.js")).runWaitForPipeline(context, inputs);
    case "fetch-artifacts":
      return (await import("./fetch-artifacts-step-TU363HET.js")).runFetchArtifacts(context, inputs);
  }
}

export {
  systemClock,
  describeStepError,
  inputLabel,
  stripAnsiStream,
  findJobRetry,
  JobOrBridgeSchema,
  printableText,
  jobActionLine,
  runStep
};
