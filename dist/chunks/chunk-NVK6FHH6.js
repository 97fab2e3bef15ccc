import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  CallOptionsEntries,
  DownstreamPipelineSchema,
  GitLabHttpError,
  IdParamSchema,
  InvalidInputError,
  JobBasicSchema,
  JobSchema,
  ListOptionsEntries,
  PipelineSchema,
  ProjectRefParamSchema,
  STARTED_JOB_STATE,
  STEP_INPUTS,
  TRANSIENT_STATUSES,
  VariablesParamSchema,
  detectTokenType,
  encodeProjectId,
  encodeStartedJob,
  formatDuration,
  getJob,
  jobPath,
  parseParams,
  pipelinePath,
  postJobAction,
  sendRequest,
  sleep,
  validateResponse
} from "./chunk-DQT5VKAN.js";
import {
  array,
  boolean,
  errorMessage,
  is,
  isBlockedStatus,
  isFinishedStatus,
  isJobRelayError,
  looseObject,
  minValue,
  nullable,
  number,
  optional,
  pipe,
  safeInteger,
  strictObject,
  union,
  unknown
} from "./chunk-YPQ2PB2I.js";

// src/gitlab/clock.ts
var systemClock = Object.freeze({
  now: () => Date.now(),
  sleep: (ms, signal) => sleep(ms, signal)
});

// src/gitlab/errors/is-error.ts
function hasCode(code) {
  return (error) => isJobRelayError(error) && error.code === code;
}
var isGitLabHttpError = hasCode("GITLAB_HTTP_ERROR");
var isNetworkError = hasCode("NETWORK_ERROR");
var isTimeoutError = hasCode("TIMEOUT");
var isResponseValidationError = hasCode(
  "RESPONSE_VALIDATION_ERROR"
);
var isInvalidInputError = hasCode("INVALID_INPUT");
var isOutcomeUnknownError = hasCode("OUTCOME_UNKNOWN");

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

// src/gitlab/jobs/get-job-trace.ts
var GetJobTraceParamsSchema = strictObject({
  project: ProjectRefParamSchema,
  jobId: IdParamSchema,
  /** Start at this byte of the log (for following a growing log); default 0. */
  offset: optional(
    pipe(
      number("must be a byte offset"),
      safeInteger("must be a byte offset"),
      minValue(0)
    ),
    0
  ),
  ...CallOptionsEntries
});
async function getJobTrace(client, params) {
  return (await openJobTrace(client, params)).stream;
}
async function openJobTrace(client, params) {
  const p = parseParams(GetJobTraceParamsSchema, params, "getJobTrace");
  let response;
  try {
    ({ response } = await sendRequest(client, {
      operation: "getJobTrace",
      route: "GET /projects/:id/jobs/:job_id/trace",
      method: "GET",
      path: jobPath(p.project, p.jobId, "trace"),
      headers: p.offset > 0 ? { Range: `bytes=${p.offset}-` } : {},
      expect: "stream",
      signal: p.signal,
      deadline: p.deadline
    }));
  } catch (error) {
    if (error instanceof GitLabHttpError && error.status === 416 && p.offset > 0) {
      return {
        stream: emptyStream(),
        ranged: true,
        status: 416,
        headers: new Headers(),
        length: 0
      };
    }
    throw error;
  }
  const body = response.body ?? emptyStream();
  const { status, headers } = response;
  const length = bodyLength(headers);
  if (p.offset === 0 || status === 206)
    return { stream: body, ranged: true, status, headers, length };
  return {
    stream: body.pipeThrough(skipBytes(p.offset)),
    ranged: false,
    status,
    headers,
    length: length === void 0 ? void 0 : Math.max(0, length - p.offset)
  };
}
function bodyLength(headers) {
  const encoding = headers.get("content-encoding")?.trim().toLowerCase();
  if (encoding && encoding !== "identity") return void 0;
  const value = headers.get("content-length")?.trim();
  if (!value || !/^\d{1,15}$/.test(value)) return void 0;
  return Number(value);
}
function emptyStream() {
  return new ReadableStream({ start: (controller) => controller.close() });
}
function skipBytes(count) {
  let toSkip = count;
  return new TransformStream({
    transform(chunk, controller) {
      if (toSkip >= chunk.byteLength) {
        toSkip -= chunk.byteLength;
        return;
      }
      controller.enqueue(toSkip > 0 ? chunk.subarray(toSkip) : chunk);
      toSkip = 0;
    }
  });
}

// src/gitlab/trace/read-stream.ts
async function* readStream(stream, signal) {
  const reader = stream.getReader();
  const onAbort = () => {
    reader.cancel(signal?.reason).catch(() => void 0);
  };
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    for (; ; ) {
      if (signal?.aborted) throw signal.reason;
      const { done, value } = await reader.read();
      if (signal?.aborted) throw signal.reason;
      if (done) return;
      yield value;
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
    await reader.cancel().catch(() => void 0);
    reader.releaseLock();
  }
}

// src/gitlab/trace/follow-job-trace.ts
function followJobTrace(client, params) {
  let offset = params.offset ?? 0;
  let ranged;
  return {
    get offset() {
      return offset;
    },
    get ranged() {
      return ranged;
    },
    async *read(options = {}) {
      const opened = await openJobTrace(client, {
        project: params.project,
        jobId: params.jobId,
        offset,
        signal: options.signal,
        deadline: options.deadline
      });
      ranged = opened.ranged;
      for await (const chunk of readStream(opened.stream, options.signal)) {
        offset += chunk.byteLength;
        yield chunk;
      }
    }
  };
}

// src/gitlab/wait/is-transient-error.ts
function isTransientError(error) {
  if (isNetworkError(error) || isTimeoutError(error)) return true;
  return isGitLabHttpError(error) && TRANSIENT_STATUSES.includes(error.status);
}

// src/gitlab/trace/is-interrupted-read.ts
var SOCKET_CODES = /* @__PURE__ */ new Set(["UND_ERR_SOCKET", "ECONNRESET", "EPIPE", "UND_ERR_BODY_TIMEOUT"]);
function isInterruptedRead(error) {
  if (isTransientError(error)) return true;
  if (isJobRelayError(error) || !(error instanceof TypeError)) return false;
  const code = error.cause?.code;
  return error.message === "terminated" || typeof code === "string" && SOCKET_CODES.has(code);
}

// src/gitlab/wait/next-poll-delay.ts
var DEFAULT_POLL_SCHEDULE = Object.freeze({
  firstIntervalMs: 2e3,
  maxIntervalMs: 12e3
});
function nextPollDelay(previousMs, schedule, options = {}) {
  const first = Math.min(schedule.firstIntervalMs, schedule.maxIntervalMs);
  const backoff = previousMs === void 0 || options.activity ? first : Math.min(schedule.maxIntervalMs, Math.max(first, previousMs * 2));
  return Math.max(backoff, options.retryAfterMs ?? 0);
}

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

// src/gitlab/trace/section-marker.ts
var NAME = "[A-Za-z0-9_.-]+";
var SECTION_MARKER = new RegExp(
  `\\u001b\\[0Ksection_(start|end):(\\d+):(${NAME})(?:\\[([^\\]\\r\\n]*)\\])?\\r\\u001b\\[0K`,
  "g"
);
var SECTION_MARKER_HEAD = new RegExp(
  `\\u001b\\[0Ksection_(?:start|end):\\d+:${NAME}(?:\\[[^\\]\\r\\n]*\\])?\\r`,
  "y"
);
var SECTION_END_LINE = new RegExp(
  `\\u001b\\[0Ksection_end:\\d+:${NAME}\\r(?:\\u001b\\[0K)?\\r?\\n`,
  "y"
);
var INCOMPLETE_END_LINE = new RegExp(
  `^\\u001b\\[0Ksection_end:\\d+:${NAME}\\r(?:\\u001b(?:\\[(?:0K?)?)?|\\u001b\\[0K\\r)?$`
);
var INCOMPLETE_HEAD = new RegExp(
  `^\\u001b\\[0Ksection_(?:start|end):\\d*(?::(?:${NAME})?(?:\\[[^\\]\\r\\n]*\\]?)?)?$`
);
var LITERAL_HEADS = ["\x1B[0Ksection_start:", "\x1B[0Ksection_end:"];
var MAX_MARKER_LENGTH = 1024;
function couldBeSectionMarker(text) {
  if (text.length > MAX_MARKER_LENGTH) return false;
  return LITERAL_HEADS.some((head) => head.startsWith(text)) || INCOMPLETE_HEAD.test(text);
}
function couldBeSectionEndLine(text) {
  return couldBeSectionMarker(text) || INCOMPLETE_END_LINE.test(text);
}
function parseSectionOptions(options) {
  const parsed = {};
  for (const pair of (options ?? "").split(",")) {
    const [key, value = ""] = pair.split("=");
    if (key?.trim()) parsed[key.trim()] = value.trim();
  }
  return parsed;
}

// src/gitlab/trace/ansi-stripper.ts
var ESC = "\\u001b";
var BEL = "\\u0007";
var CSI = new RegExp(`${ESC}\\[[0-?]*[ -/]*[@-~]`, "y");
var OSC = new RegExp(`${ESC}\\][^${BEL}${ESC}]*(?:${BEL}|${ESC}\\\\)`, "y");
var SHORT_ESCAPE = new RegExp(`${ESC}[@-Z\\\\^_]`, "y");
var INCOMPLETE_CSI = new RegExp(`^${ESC}(?:\\[[0-?]*[ -/]*)?$`);
var INCOMPLETE_OSC = new RegExp(`^${ESC}\\][^${BEL}${ESC}]*${ESC}?$`);
var MAX_SEQUENCE_LENGTH = 4096;
function createAnsiStripper() {
  let held = "";
  let atLineStart = true;
  const run = (text, final) => {
    const buffer = held + text;
    held = "";
    let out = "";
    let index = 0;
    const finish = (from, hold) => {
      out += buffer.slice(index, from);
      held = hold;
      if (out) atLineStart = out.endsWith("\n");
      return out;
    };
    for (; ; ) {
      const escapeAt = buffer.indexOf("\x1B", index);
      if (escapeAt < 0) return finish(buffer.length, "");
      out += buffer.slice(index, escapeAt);
      index = escapeAt;
      const lineStart = out ? out.endsWith("\n") : atLineStart;
      const rest = buffer.slice(escapeAt, escapeAt + MAX_SEQUENCE_LENGTH + 1);
      const atEnd = !final && rest.length === buffer.length - escapeAt;
      const endLine = lineStart ? matchLength(SECTION_END_LINE, buffer, escapeAt) : 0;
      if (endLine === 0 && atEnd) {
        const waiting = lineStart ? couldBeSectionEndLine(rest) : couldBeSectionMarker(rest);
        if (waiting) return finish(escapeAt, rest);
      }
      const length = endLine || matchLength(SECTION_MARKER_HEAD, buffer, escapeAt) || matchLength(CSI, buffer, escapeAt) || matchLength(OSC, buffer, escapeAt) || matchLength(SHORT_ESCAPE, buffer, escapeAt);
      if (length > 0) {
        index = escapeAt + length;
        continue;
      }
      if (atEnd && couldGrow(rest)) return finish(escapeAt, rest);
      index = escapeAt + 1;
    }
  };
  return { push: (text) => run(text, false), end: () => run("", true) };
}
function stripAnsi(text) {
  const stripper = createAnsiStripper();
  return stripper.push(text) + stripper.end();
}
function matchLength(pattern, buffer, at) {
  pattern.lastIndex = at;
  return pattern.exec(buffer)?.[0].length ?? 0;
}
function couldGrow(rest) {
  return rest.length <= MAX_SEQUENCE_LENGTH && (INCOMPLETE_CSI.test(rest) || INCOMPLETE_OSC.test(rest));
}

// src/steps/log-tail.ts
var MAX_LINE_LENGTH = 500;
function createLogTail(count) {
  const stripper = createAnsiStripper();
  const lines = [];
  let current = "";
  const add = (text) => {
    if (count === 0) return;
    const parts = text.split("\n");
    current += parts[0] ?? "";
    for (const part of parts.slice(1)) {
      lines.push(clip(current));
      if (lines.length > count) lines.shift();
      current = part;
    }
    current = clip(current);
  };
  return {
    push: (text) => add(stripper.push(text)),
    lines() {
      const all = current.trim() ? [...lines, current] : [...lines];
      return all.slice(-count).map((line) => line.slice(line.lastIndexOf("\r") + 1));
    }
  };
}
function clip(line) {
  return line.length > MAX_LINE_LENGTH ? `${line.slice(0, MAX_LINE_LENGTH)}\u2026` : line;
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

// src/gitlab/parse-link-header.ts
function parseLinkHeader(header) {
  const links = {};
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
    const rel = /rel\s*=\s*"?([^";]+)"?/i.exec(match[2] ?? "")?.[1];
    if (rel && match[1] !== void 0) {
      for (const name of rel.trim().split(/\s+/)) links[name.toLowerCase()] = match[1];
    }
  }
  return links;
}

// src/gitlab/request-page.ts
var UNCHECKED_LIST = array(unknown());
async function requestPage(client, spec) {
  const query = new URLSearchParams(spec.query);
  const response = await sendRequest(client, {
    operation: spec.operation,
    route: spec.route,
    method: "GET",
    path: spec.path,
    query,
    expect: "json",
    signal: spec.signal,
    deadline: spec.deadline
  });
  const schema = spec.itemSchema ? array(spec.itemSchema) : UNCHECKED_LIST;
  const items = validateResponse(schema, response.data, spec.operation, spec.route);
  const { headers } = response;
  const links = parseLinkHeader(headers.get("link") ?? "");
  return {
    items,
    status: response.status,
    headers,
    links,
    next: nextQuery(query, links.next, headers),
    total: headerNumber(headers, "x-total"),
    totalPages: headerNumber(headers, "x-total-pages")
  };
}
function nextQuery(current, nextLink, headers) {
  if (nextLink) {
    try {
      return new URL(nextLink, "http://relative.invalid/").searchParams;
    } catch {
    }
  }
  const nextPage = headers.get("x-next-page")?.trim();
  if (nextPage && /^\d+$/.test(nextPage)) {
    const next = new URLSearchParams(current);
    next.set("page", nextPage);
    return next;
  }
  return void 0;
}
function headerNumber(headers, name) {
  const value = headers.get(name)?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : void 0;
}

// src/gitlab/pagination.ts
function paginate(client, spec) {
  const pages = () => iteratePages(client, spec);
  const items = async function* () {
    for await (const page of pages()) yield* page.items;
  };
  return {
    pages,
    [Symbol.asyncIterator]: () => items(),
    async toArray() {
      const all = [];
      for await (const item of items()) all.push(item);
      return all;
    }
  };
}
async function* iteratePages(client, spec) {
  const firstQuery = (keyset2) => {
    const query2 = new URLSearchParams(spec.query);
    query2.set("per_page", String(spec.perPage));
    if (keyset2) query2.set("pagination", "keyset");
    return query2;
  };
  let keyset = spec.keyset === true;
  let query = firstQuery(keyset);
  const seen = /* @__PURE__ */ new Set();
  let yielded = 0;
  for (let index = 1; ; index++) {
    seen.add(query.toString());
    let page;
    try {
      page = await requestPage(client, {
        operation: spec.operation,
        route: spec.route,
        path: spec.path,
        query,
        itemSchema: spec.itemSchema,
        signal: spec.signal,
        deadline: spec.deadline
      });
    } catch (error) {
      if (keyset && index === 1 && isKeysetRefusal(error)) {
        keyset = false;
        query = firstQuery(false);
        index--;
        continue;
      }
      throw error;
    }
    let items = page.items;
    if (spec.maxItems !== void 0 && yielded + items.length > spec.maxItems) {
      items = items.slice(0, spec.maxItems - yielded);
    }
    yielded += items.length;
    const { next } = page;
    const done = next === void 0 || items.length === 0 || seen.has(next.toString()) || spec.maxItems !== void 0 && yielded >= spec.maxItems || spec.maxPages !== void 0 && index >= spec.maxPages;
    yield {
      items,
      index,
      total: page.total,
      totalPages: page.totalPages,
      hasNext: next !== void 0
    };
    if (done || next === void 0) return;
    query = next;
  }
}
function isKeysetRefusal(error) {
  return error instanceof GitLabHttpError && (error.status === 405 || error.status === 400 && /keyset/i.test(error.gitlabMessage));
}

// src/gitlab/schemas/bridge.ts
var BridgeSchema = looseObject({
  ...JobBasicSchema.entries,
  // Unlike the job examples, every bridge example carries its pipeline.
  pipeline: PipelineSchema,
  // Null until the downstream pipeline exists.
  downstream_pipeline: nullable(DownstreamPipelineSchema)
});

// src/gitlab/jobs/job-list-endpoint.ts
var ENDPOINTS = {
  listProjectJobs: { route: "GET /projects/:id/jobs", itemSchema: JobSchema },
  listPipelineJobs: {
    route: "GET /projects/:id/pipelines/:pipeline_id/jobs",
    itemSchema: JobSchema
  },
  listPipelineBridges: {
    route: "GET /projects/:id/pipelines/:pipeline_id/bridges",
    itemSchema: BridgeSchema
  }
};
function jobListEndpoint(target) {
  const list = target;
  const path = list.list === "listProjectJobs" ? `projects/${encodeProjectId(list.project)}/jobs` : pipelinePath(
    list.project,
    list.pipelineId,
    list.list === "listPipelineJobs" ? "jobs" : "bridges"
  );
  const { route, itemSchema } = ENDPOINTS[list.list];
  return { operation: list.list, route, path, itemSchema };
}

// src/gitlab/jobs/list-query.ts
function listQuery(scope, includeRetried) {
  const query = new URLSearchParams();
  for (const value of scope ?? []) query.append("scope[]", value);
  if (includeRetried !== void 0) query.set("include_retried", String(includeRetried));
  return query;
}

// src/gitlab/jobs/list-pipeline-jobs.ts
var ListPipelineJobsParamsSchema = strictObject({
  project: ProjectRefParamSchema,
  pipelineId: IdParamSchema,
  /** Include jobs that were retried (hidden by default since GitLab 13.5). */
  includeRetried: optional(boolean("must be true or false")),
  ...ListOptionsEntries
});
function listPipelineJobs(client, params) {
  const p = parseParams(ListPipelineJobsParamsSchema, params, "listPipelineJobs");
  return paginate(client, {
    ...jobListEndpoint({ list: "listPipelineJobs", project: p.project, pipelineId: p.pipelineId }),
    query: listQuery(p.scope, p.includeRetried),
    perPage: p.perPage,
    maxItems: p.maxItems,
    maxPages: p.maxPages,
    signal: p.signal,
    deadline: p.deadline
  });
}

// src/steps/resolve-target-job.ts
async function resolveTargetJob(client, target, options = {}) {
  if (target.job !== void 0) {
    return getJob(client, { project: target.project, jobId: target.job, ...options });
  }
  const pipelineId = target.pipeline;
  for await (const job of listPipelineJobs(client, {
    project: target.project,
    pipelineId,
    ...options
  })) {
    if (job.name === target.name) return job;
  }
  throw new InvalidInputError(
    "name",
    JSON.stringify(target.name),
    `no job of that name in pipeline ${pipelineId} of project ${target.project} (retried jobs and trigger jobs are not counted)`
  );
}

// src/steps/step-context.ts
function stepDeadline(context, timeoutMs) {
  return context.startedAt + timeoutMs;
}
function remainingMs(context, timeoutMs) {
  return Math.max(0, stepDeadline(context, timeoutMs) - context.clock.now());
}
function wallDeadline(context, timeoutMs) {
  return Date.now() + remainingMs(context, timeoutMs);
}

// src/steps/trace-file-writer.ts
import { createHash } from "node:crypto";
import { mkdir, open } from "node:fs/promises";
import { dirname } from "node:path";

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
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, "w");
  const hash = createHash("sha256");
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
  const tail = createLogTail(inputs.summaryLines);
  const file = await openTraceFile(path, { stripAnsi: inputs.stripAnsi, tail });
  const trace = followJobTrace(client, { project: inputs.project, jobId: job.id });
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), remainingMs(context, inputs.timeoutMs));
  const readSignal = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
  const readNew = async () => {
    const before = trace.offset;
    for (let attempt = 1; ; attempt++) {
      try {
        for await (const chunk of trace.read({ signal: readSignal })) await file.write(chunk);
        return trace.offset > before && trace.ranged !== false;
      } catch (error) {
        if (readSignal.aborted || attempt >= MAX_READ_ATTEMPTS || !isInterruptedRead(error)) {
          throw error;
        }
        reporter.warning(
          `Reading the log broke off after ${trace.offset} bytes (${errorMessage(error)}); resuming`
        );
      }
    }
  };
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
      await file.abort(error);
      throw error;
    }
    done = false;
  } finally {
    clearTimeout(timer);
  }
  const written = await file.close();
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
    logTail: tail.lines(),
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

// src/gitlab/trace/trace-section-parser.ts
var DEFAULT_MAX_PENDING = 64 * 1024;
function createTraceSectionParser(options = {}) {
  const maxPending = options.maxPendingLength ?? DEFAULT_MAX_PENDING;
  let pending = "";
  return {
    push(text) {
      pending += text;
      const lineEnd = pending.lastIndexOf("\n") + 1;
      const events = lineEnd > 0 ? parseLines(pending.slice(0, lineEnd)) : [];
      pending = pending.slice(lineEnd);
      if (pending.length > maxPending) events.push(...releaseLongLine());
      return mergeText(events);
    },
    end() {
      const events = pending ? parseLines(pending) : [];
      pending = "";
      return mergeText(events);
    }
  };
  function releaseLongLine() {
    const escapeAt = pending.lastIndexOf("\x1B");
    const keepFrom = escapeAt >= 0 && couldBeSectionMarker(pending.slice(escapeAt)) ? escapeAt : pending.length;
    const released = pending.slice(0, keepFrom);
    pending = pending.slice(keepFrom);
    return released ? [{ type: "text", text: released.replace(SECTION_MARKER, "") }] : [];
  }
}
function parseLines(text) {
  const events = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline + 1;
    parseLine(text.slice(start, end), events);
    start = end;
  }
  return events;
}
function parseLine(line, events) {
  SECTION_MARKER.lastIndex = 0;
  const markers = [...line.matchAll(SECTION_MARKER)];
  if (markers.length === 0) {
    events.push({ type: "text", text: line });
    return;
  }
  const ending = /\r?\n$/.exec(line)?.[0] ?? "";
  const body = line.slice(0, line.length - ending.length);
  const texts = [];
  const lineEvents = [];
  let cursor = 0;
  for (let index = 0; index < markers.length; index++) {
    const marker = markers[index];
    const at = marker.index ?? 0;
    if (at > cursor) pushText(lineEvents, texts, body.slice(cursor, at));
    const [whole, kind, time, name = "", rawOptions] = marker;
    cursor = at + whole.length;
    if (kind === "end") {
      lineEvents.push({ type: "section-end", name, time: Number(time) });
      continue;
    }
    const next = markers[index + 1]?.index ?? body.length;
    const header = stripAnsi(body.slice(cursor, Math.max(cursor, next))).trim();
    cursor = Math.max(cursor, next);
    const collapsed = parseSectionOptions(rawOptions).collapsed === "true";
    lineEvents.push({
      type: "section-start",
      name,
      header: header || name,
      collapsed,
      time: Number(time)
    });
  }
  if (cursor < body.length) pushText(lineEvents, texts, body.slice(cursor));
  if (texts.length > 0 && ending) lineEvents.push({ type: "text", text: ending });
  events.push(...lineEvents);
}
function pushText(events, texts, text) {
  const event = { type: "text", text };
  events.push(event);
  texts.push(event);
}
function mergeText(events) {
  const merged = [];
  for (const event of events) {
    const last = merged[merged.length - 1];
    if (event.type === "text" && last?.type === "text") last.text += event.text;
    else merged.push(event.type === "text" ? { ...event } : event);
  }
  return merged;
}

// src/steps/remote-log-grouper.ts
function createRemoteLogGrouper(reporter) {
  const stack = [];
  let open2;
  const show = (text) => {
    const innermost = stack[stack.length - 1];
    if (innermost !== open2) {
      if (open2) reporter.endGroup();
      open2 = innermost;
      if (innermost) {
        reporter.startGroup(innermost.shown ? `${innermost.header} (continued)` : innermost.header);
        innermost.shown = true;
      }
    }
    reporter.remoteLog(text);
  };
  return {
    push(events) {
      for (const event of events) {
        if (event.type === "text") show(event.text);
        else if (event.type === "section-start") {
          stack.push({ name: event.name, header: event.header, shown: false });
        } else {
          const at = stack.map((section) => section.name).lastIndexOf(event.name);
          if (at >= 0) stack.length = at;
        }
      }
    },
    close() {
      if (open2) reporter.endGroup();
      open2 = void 0;
    }
  };
}

// src/steps/follow-remote-log.ts
function followRemoteLog(params) {
  const trace = followJobTrace(params.client, { project: params.project, jobId: params.jobId });
  const decoder = new TextDecoder();
  const parser = createTraceSectionParser();
  const grouper = createRemoteLogGrouper(params.reporter);
  let stopped = false;
  const show = (text) => {
    params.tail.push(text);
    grouper.push(parser.push(text));
  };
  const readNew = async () => {
    if (stopped) return false;
    const before = trace.offset;
    try {
      for await (const chunk of trace.read({ signal: params.signal })) {
        show(decoder.decode(chunk, { stream: true }));
      }
    } catch (error) {
      if (params.signal?.aborted) throw error;
      const message = errorMessage(error);
      if (isInterruptedRead(error)) {
        params.reporter.warning(
          `Reading the job log failed, trying again at the next poll: ${message}`
        );
      } else {
        stopped = true;
        params.reporter.warning(`Not following the job log any more: ${message}`);
      }
    }
    return trace.offset > before && trace.ranged !== false;
  };
  return {
    readNew,
    async finish() {
      await readNew();
      const rest = decoder.decode();
      if (rest) show(rest);
      grouper.push(parser.end());
      grouper.close();
    }
  };
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
  }
}

export {
  systemClock,
  isGitLabHttpError,
  isNetworkError,
  isTimeoutError,
  isInvalidInputError,
  describeStepError,
  inputLabel,
  getJobTrace,
  readStream,
  DEFAULT_POLL_SCHEDULE,
  paginate,
  jobListEndpoint,
  listQuery,
  listPipelineJobs,
  stripAnsiStream,
  findJobRetry,
  JobOrBridgeSchema,
  printableText,
  jobActionLine,
  runStep
};
