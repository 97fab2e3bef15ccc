import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  bodyLength
} from "./chunk-YBZB3JSA.js";
import {
  CallOptionsEntries,
  GitLabHttpError,
  IdParamSchema,
  ProjectRefParamSchema,
  TRANSIENT_STATUSES,
  jobPath,
  parseParams,
  sendRequest
} from "./chunk-G7Q4FV4K.js";
import {
  errorMessage,
  isJobRelayError,
  minValue,
  number,
  optional,
  pipe,
  safeInteger,
  strictObject
} from "./chunk-HG77K7LZ.js";

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

// src/gitlab/wait/is-transient-error.ts
function isTransientError(error) {
  if (isNetworkError(error) || isTimeoutError(error)) return true;
  return isGitLabHttpError(error) && TRANSIENT_STATUSES.includes(error.status);
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

// src/gitlab/trace/is-interrupted-read.ts
var SOCKET_CODES = /* @__PURE__ */ new Set(["UND_ERR_SOCKET", "ECONNRESET", "EPIPE", "UND_ERR_BODY_TIMEOUT"]);
function isInterruptedRead(error) {
  if (isTransientError(error)) return true;
  if (isJobRelayError(error) || !(error instanceof TypeError)) return false;
  const code = error.cause?.code;
  return error.message === "terminated" || typeof code === "string" && SOCKET_CODES.has(code);
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
  let open;
  const show = (text) => {
    const innermost = stack[stack.length - 1];
    if (innermost !== open) {
      if (open) reporter.endGroup();
      open = innermost;
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
      if (open) reporter.endGroup();
      open = void 0;
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

export {
  isGitLabHttpError,
  isNetworkError,
  isTimeoutError,
  isInvalidInputError,
  getJobTrace,
  readStream,
  followJobTrace,
  isTransientError,
  isInterruptedRead,
  DEFAULT_POLL_SCHEDULE,
  nextPollDelay,
  createAnsiStripper,
  createLogTail,
  followRemoteLog
};
