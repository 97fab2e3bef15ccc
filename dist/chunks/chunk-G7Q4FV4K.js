import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  JOB_SCOPES,
  JobRelayError,
  JobStatusSchema,
  MAX_VARIABLE_KEY_LENGTH,
  VARIABLE_KEY_PATTERN,
  array,
  boolean,
  check,
  deepestIssue,
  errorMessage,
  finite,
  instance,
  integer,
  isoTimestamp,
  issuePath,
  looseObject,
  maxLength,
  maxValue,
  minLength,
  minValue,
  nullable,
  number,
  optional,
  picklist,
  pipe,
  rawCheck,
  record,
  regex,
  safeInteger,
  safeParse,
  strictObject,
  string,
  transform,
  union,
  unknown
} from "./chunk-HG77K7LZ.js";

// src/gitlab/errors/invalid-input-error.ts
var InvalidInputError = class extends JobRelayError {
  code = "INVALID_INPUT";
  /** The parameter or input that was rejected, e.g. `project` or `variables[0].key`. */
  field;
  /** The rejected value as safe to show (`[REDACTED]` for tokens and variable values; empty when none was given). */
  value;
  /** Why it was rejected. */
  reason;
  constructor(field, value, reason) {
    super(`Invalid ${field}${value ? ` ${value}` : ""}: ${reason}`);
    this.field = field;
    this.value = value;
    this.reason = reason;
  }
};

// src/gitlab/redact.ts
var REDACTED = "[REDACTED]";
function redactSecrets(text, secrets) {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    out = out.split(secret).join(REDACTED);
  }
  return out;
}

// src/gitlab/retry-policy.ts
var TRANSIENT_STATUSES = Object.freeze([408, 429, 500, 502, 503, 504]);
var DEFAULT_RETRY_POLICY = Object.freeze({
  limit: 4,
  statusCodes: TRANSIENT_STATUSES,
  backoffBaseMs: 500,
  backoffLimitMs: 3e4,
  maxRetryAfterMs: 12e4,
  readBackDelayMs: 1e3
});
function backoffDelay(policy, retry, random = Math.random) {
  const ceiling = Math.min(policy.backoffLimitMs, policy.backoffBaseMs * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + random() * ceiling / 2);
}
function requestedDelay(headers, now = Date.now()) {
  const retryAfter = headers.get("retry-after")?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Math.ceil(Number(retryAfter) * 1e3);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = headers.get("ratelimit-reset")?.trim();
  if (reset && /^\d+$/.test(reset)) {
    const value = Number(reset);
    const ms = value > 1e9 ? value * 1e3 - now : value * 1e3;
    return Math.max(0, Math.ceil(ms));
  }
  return void 0;
}

// src/gitlab/has-control-character.ts
function hasControlCharacter(text) {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 || code === 127) return true;
  }
  return false;
}

// src/gitlab/params/project-id.ts
var PATH_SEGMENT = /^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/;
function encodeProjectId(project) {
  const problem = projectRefProblem(project);
  if (problem) throw new InvalidInputError("project", JSON.stringify(String(project)), problem);
  const ref = project;
  if (typeof ref === "number" || /^\d+$/.test(ref)) return String(Number(ref));
  return encodeURIComponent(ref);
}
function projectRefProblem(project) {
  if (typeof project === "number") {
    return Number.isSafeInteger(project) && project > 0 ? void 0 : "a numeric project id must be a positive integer";
  }
  if (typeof project !== "string") return "must be a project id or a path like group/project";
  if (/^\d+$/.test(project)) {
    const id = Number(project);
    return Number.isSafeInteger(id) && id > 0 ? void 0 : "a numeric project id must be a positive integer";
  }
  if (project === "") return "is empty";
  if (hasControlCharacter(project)) return "contains control characters";
  if (project.includes("\\")) return "contains a backslash";
  if (project.includes("%")) {
    return "looks URL-encoded; pass the plain path (group/project), it is encoded for you";
  }
  const segments = project.split("/");
  if (segments.some((segment) => segment === "")) {
    return "has an empty path segment (leading, trailing or double slash)";
  }
  if (segments.some((segment) => segment === "." || segment === "..")) {
    return 'path segments "." and ".." are not allowed';
  }
  if (segments.length < 2) return "a project path needs its namespace (group/project)";
  const bad = segments.find((segment) => !PATH_SEGMENT.test(segment));
  return bad === void 0 ? void 0 : `segment ${JSON.stringify(bad)} has characters GitLab paths cannot contain`;
}

// src/gitlab/params/param-schemas.ts
var ProjectRefParamSchema = pipe(
  union([number(), string()], "must be a project id or a path like group/project"),
  rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = projectRefProblem(dataset.value);
    if (problem) addIssue({ message: problem });
  })
);
var IdParamSchema = pipe(
  union(
    [number(), pipe(string(), regex(/^\d+$/, "must be a positive integer id"))],
    "must be a positive integer id"
  ),
  transform(Number),
  number(),
  safeInteger("must be a positive integer id"),
  minValue(1, "must be a positive integer id")
);
var ScopeParamSchema = pipe(
  union(
    [
      picklist(JOB_SCOPES),
      pipe(array(picklist(JOB_SCOPES)), minLength(1, "give at least one value or omit it"))
    ],
    `must be one of ${JOB_SCOPES.join(", ")}, or an array of them`
  ),
  transform((scope) => [...new Set(Array.isArray(scope) ? scope : [scope])])
);
var PerPageParamSchema = pipe(
  number("must be an integer from 1 to 100"),
  integer("must be an integer from 1 to 100"),
  minValue(1, "must be an integer from 1 to 100"),
  maxValue(100, "must be an integer from 1 to 100 (GitLab serves at most 100 a page)")
);
var BoundParamSchema = pipe(
  number("must be a positive integer"),
  integer("must be a positive integer"),
  minValue(1, "must be a positive integer")
);
var SignalParamSchema = instance(AbortSignal, "must be an AbortSignal");
var DeadlineParamSchema = pipe(
  number("must be epoch milliseconds"),
  finite("must be epoch milliseconds")
);
var VariableKeySchema = pipe(
  string("a variable key must be a string"),
  regex(VARIABLE_KEY_PATTERN, "a variable key may hold only letters, digits and underscores"),
  maxLength(MAX_VARIABLE_KEY_LENGTH, "a variable key is at most 255 characters")
);
var VariableListSchema = pipe(
  array(
    strictObject(
      { key: VariableKeySchema, value: string("a variable value must be a string") },
      "each variable is { key, value }"
    )
  ),
  check(
    (list) => new Set(list.map((item) => item.key)).size === list.length,
    "a variable key is given twice"
  )
);
var VariablesParamSchema = pipe(
  union(
    [array(unknown()), record(string(), unknown())],
    "must be a Record<string, string> or { key, value }[]"
  ),
  transform(
    (input) => Array.isArray(input) ? input : Object.entries(input).map(([key, value]) => ({ key, value }))
  ),
  VariableListSchema
);
var CallOptionsEntries = {
  signal: optional(SignalParamSchema),
  deadline: optional(DeadlineParamSchema)
};
var ListOptionsEntries = {
  scope: optional(ScopeParamSchema),
  perPage: optional(PerPageParamSchema, 100),
  maxItems: optional(BoundParamSchema),
  maxPages: optional(BoundParamSchema),
  ...CallOptionsEntries
};

// src/gitlab/params/parse-params.ts
var SECRET_FIELD = /(^|\.)(value|token)$|^variables\.[^.[\]]+$/;
function parseParams(schema, params, operation) {
  const result = safeParse(schema, params ?? {});
  if (result.success) return result.output;
  const issue = deepestIssue(result.issues[0]);
  const field = issuePath(issue) || "params";
  const value = SECRET_FIELD.test(field) ? REDACTED : describe(issue.input);
  throw new InvalidInputError(field, value, `${issue.message} (in ${operation})`);
}
function describe(value) {
  if (typeof value === "string") {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}\u2026` : value);
  }
  if (value === null || value === void 0) return String(value);
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return String(value);
}

// src/gitlab/errors/gitlab-http-error.ts
var GitLabHttpError = class extends JobRelayError {
  code = "GITLAB_HTTP_ERROR";
  status;
  statusText;
  method;
  path;
  gitlabMessage;
  retryAfterMs;
  constructor(details) {
    const statusLine = `${details.status}${details.statusText ? ` ${details.statusText}` : ""}`;
    super(
      `GitLab answered ${statusLine} to ${details.method} ${details.path}: ${details.gitlabMessage}`
    );
    this.status = details.status;
    this.statusText = details.statusText;
    this.method = details.method;
    this.path = details.path;
    this.gitlabMessage = details.gitlabMessage;
    this.retryAfterMs = details.retryAfterMs;
    Object.defineProperty(this, "body", { value: details.body ?? "", enumerable: false });
    Object.defineProperty(this, "contentType", {
      value: details.contentType ?? null,
      enumerable: false
    });
  }
};

// src/gitlab/errors/network-error.ts
var NetworkError = class extends JobRelayError {
  code = "NETWORK_ERROR";
  method;
  path;
  /** True only when the request provably never reached GitLab (connection refused, DNS failure). */
  notSent;
  constructor(method, path, notSent, cause) {
    const reason = errorMessage(cause);
    super(
      `Network error on ${method} ${path}: ${reason}${notSent ? " (the request was not sent)" : ""}`,
      { cause }
    );
    this.method = method;
    this.path = path;
    this.notSent = notSent;
  }
};

// src/gitlab/errors/outcome-unknown-error.ts
var OutcomeUnknownError = class extends JobRelayError {
  code = "OUTCOME_UNKNOWN";
  method;
  path;
  /** The operation, e.g. `playJob`. */
  operation;
  jobId;
  constructor(operation, method, path, jobId, cause) {
    const reason = errorMessage(cause);
    super(
      `${operation} on job ${jobId} may or may not have reached GitLab (${reason}); it was not sent again, to avoid acting twice. Look at job ${jobId} before trying again.`,
      { cause }
    );
    this.method = method;
    this.path = path;
    this.operation = operation;
    this.jobId = jobId;
  }
};

// src/gitlab/errors/response-validation-error.ts
var ResponseValidationError = class extends JobRelayError {
  code = "RESPONSE_VALIDATION_ERROR";
  /** The core function whose response failed, e.g. `getJob`. */
  endpoint;
  /** The route, e.g. `GET /projects/:id/jobs/:job_id`. */
  route;
  issues;
  constructor(endpoint, route, issues) {
    const first = issues[0];
    const where = first ? `${first.field ? `field "${first.field}"` : "body"}: ${first.message}` : "";
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(`Unexpected response from GitLab for ${endpoint} (${route}): ${where}${more}`);
    this.endpoint = endpoint;
    this.route = route;
    this.issues = issues;
  }
};

// src/gitlab/errors/timeout-error.ts
var TimeoutError = class extends JobRelayError {
  code = "TIMEOUT";
  method;
  path;
  timeoutMs;
  constructor(method, path, timeoutMs) {
    super(`${method} ${path} timed out after ${timeoutMs} ms`);
    this.method = method;
    this.path = path;
    this.timeoutMs = timeoutMs;
  }
};

// src/gitlab/gitlab-message.ts
var MAX_MESSAGE_LENGTH = 500;
function readGitLabMessage(body, contentType, fallback) {
  const text = body.trim();
  if (text === "") return fallback;
  if (looksLikeJson(text, contentType)) {
    try {
      const message = messageFromJson(JSON.parse(text));
      if (message) return clip(message);
    } catch {
    }
  }
  if (/^\s*<(!doctype|html|head|body)/i.test(text) || contentType?.includes("html")) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    const h1 = /<h1[^>]*>([^<]*)<\/h1>/i.exec(text)?.[1]?.trim();
    const heading = title || h1;
    return clip(
      heading ? `${heading} (HTML page, likely from a proxy in front of GitLab)` : fallback
    );
  }
  return clip(text.replace(/\s+/g, " "));
}
function looksLikeJson(text, contentType) {
  return Boolean(contentType?.includes("json")) || text.startsWith("{") || text.startsWith("[");
}
function messageFromJson(value) {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    const parts = value.map(messageFromJson).filter((part) => Boolean(part));
    return parts.length > 0 ? parts.join("; ") : void 0;
  }
  if (typeof value !== "object" || value === null) return void 0;
  const record2 = value;
  for (const key of ["message", "error", "error_description"]) {
    if (key in record2) {
      const inner = record2[key];
      if (typeof inner === "string") return inner;
      if (typeof inner === "object" && inner !== null && !Array.isArray(inner)) {
        return messageFromFields(inner);
      }
      const fromInner = messageFromJson(inner);
      if (fromInner) return fromInner;
    }
  }
  return void 0;
}
function messageFromFields(fields) {
  const parts = [];
  for (const [field, detail] of Object.entries(fields)) {
    const text = messageFromJson(detail);
    if (!text) continue;
    parts.push(field === "error" || field === "base" ? text : `${field} ${text}`);
  }
  return parts.length > 0 ? parts.join("; ") : void 0;
}
function clip(text) {
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}\u2026` : text;
}

// src/gitlab/failed-request-errors.ts
var NOT_SENT_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT"
]);
function httpErrorFrom(redact, method, path, answer, body) {
  const fallback = answer.statusText || `HTTP ${answer.status}`;
  const contentType = answer.headers.get("content-type");
  return new GitLabHttpError({
    status: answer.status,
    statusText: answer.statusText,
    method,
    path,
    gitlabMessage: redact(readGitLabMessage(body, contentType, fallback)),
    body: redact(body),
    contentType,
    retryAfterMs: answer.status === 429 || answer.status === 503 ? requestedDelay(answer.headers) : void 0
  });
}
function networkErrorFrom(redact, method, path, cause) {
  const code = errorCode(cause);
  const notSent = code !== void 0 && NOT_SENT_CODES.has(code);
  const base = errorMessage(cause);
  const reason = code && !base.includes(code) ? `${base} (${code})` : base;
  return new NetworkError(method, path, notSent, new Error(redact(reason), { cause }));
}
function errorCode(error, depth = 0) {
  if (typeof error !== "object" || error === null || depth > 4) return void 0;
  const record2 = error;
  if (typeof record2.code === "string" && record2.code !== "UND_ERR_SOCKET") return record2.code;
  const fromCause = errorCode(record2.cause, depth + 1);
  if (fromCause) return fromCause;
  if (Array.isArray(record2.errors)) {
    const codes = record2.errors.map((inner) => errorCode(inner, depth + 1));
    if (codes.length > 0 && codes.every((c) => c && NOT_SENT_CODES.has(c))) return codes[0];
    return codes.find((c) => c !== void 0 && !NOT_SENT_CODES.has(c));
  }
  return typeof record2.code === "string" ? record2.code : void 0;
}

// src/gitlab/sleep.ts
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// src/gitlab/watch-body.ts
function watchBody(body, watch) {
  const reader = body.getReader();
  let settled = false;
  const settle = () => {
    if (settled) return;
    settled = true;
    watch.onSettled();
  };
  return new ReadableStream(
    {
      async pull(controller) {
        let timer;
        const idle = new Promise((_, reject) => {
          timer = setTimeout(() => reject(watch.idleError()), watch.idleMs);
        });
        try {
          const read = await Promise.race([reader.read(), idle]);
          if (read.done) {
            settle();
            controller.close();
          } else controller.enqueue(read.value);
        } catch (error) {
          settle();
          reader.cancel(error).catch(() => void 0);
          controller.error(error);
        } finally {
          clearTimeout(timer);
        }
      },
      async cancel(reason) {
        settle();
        await reader.cancel(reason);
      }
    },
    { highWaterMark: 0 }
  );
}

// src/gitlab/request.ts
var MAX_REDIRECTS = 3;
var MAX_ERROR_BODY = 64 * 1024;
var UNCERTAIN_POST_STATUSES = /* @__PURE__ */ new Set([408, 500, 502, 503, 504]);
async function sendRequest(client, spec) {
  const url = new URL(spec.path, client.apiUrl);
  if (spec.query) url.search = spec.query.toString();
  const shownPath = `${url.pathname}${url.search}`;
  const isPost = spec.method === "POST";
  for (let attempt = 1; ; attempt++) {
    const retriesLeft = attempt <= client.retry.limit;
    let outcome;
    try {
      outcome = await attemptOnce(client, spec, url, shownPath);
    } catch (error) {
      if (!(error instanceof JobRelayError)) throw error;
      outcome = classifyThrown(error, isPost);
    }
    if (outcome.kind === "ok") return outcome.response;
    if (outcome.uncertain) {
      throw new OutcomeUnknownError(
        spec.operation,
        spec.method,
        shownPath,
        spec.jobId ?? 0,
        outcome.error
      );
    }
    if (!outcome.retryable || !retriesLeft) throw outcome.error;
    const asked = outcome.error instanceof GitLabHttpError ? outcome.error.retryAfterMs : void 0;
    if (asked !== void 0 && asked > client.retry.maxRetryAfterMs) throw outcome.error;
    const delay = asked ?? backoffDelay(client.retry, attempt);
    if (spec.deadline !== void 0 && Date.now() + delay >= spec.deadline) throw outcome.error;
    await sleep(delay, spec.signal);
  }
}
async function attemptOnce(client, spec, url, shownPath) {
  const isPost = spec.method === "POST";
  const timeoutMs = attemptTimeout(client, spec, shownPath);
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(spec.signal?.reason);
  spec.signal?.addEventListener("abort", onCallerAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new TimeoutError(spec.method, shownPath, timeoutMs));
  }, timeoutMs);
  let streaming = false;
  const done = () => {
    clearTimeout(timer);
    spec.signal?.removeEventListener("abort", onCallerAbort);
  };
  const fail = (cause) => {
    if (spec.signal?.aborted) throw spec.signal.reason;
    if (timedOut) throw new TimeoutError(spec.method, shownPath, timeoutMs);
    throw networkErrorFrom(redactFor(client, spec), spec.method, shownPath, cause);
  };
  try {
    let response;
    try {
      response = await fetchFollowingSameOrigin(client, spec, url, controller.signal);
    } catch (error2) {
      if (error2 instanceof GitLabHttpError) throw error2;
      return fail(error2);
    }
    if (response.ok) {
      if (spec.expect === "stream") {
        streaming = true;
        if (!response.body) {
          return { kind: "ok", response: toApiResponse(response, void 0) };
        }
        if (spec.watchIdleBody === false) {
          return { kind: "ok", response: toApiResponse(response, void 0) };
        }
        const body = watchBody(response.body, {
          idleMs: client.timeoutMs,
          idleError: () => new TimeoutError(spec.method, shownPath, client.timeoutMs),
          onSettled: () => spec.signal?.removeEventListener("abort", onCallerAbort)
        });
        const watched = new Response(body, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers
        });
        return { kind: "ok", response: toApiResponse(watched, void 0) };
      }
      let text;
      try {
        text = await response.text();
      } catch (error2) {
        return fail(error2);
      }
      try {
        return { kind: "ok", response: toApiResponse(response, JSON.parse(text)) };
      } catch {
        const error2 = new ResponseValidationError(spec.operation, spec.route, [
          { field: "", message: `the body is not valid JSON (${text.length} bytes received)` }
        ]);
        return { kind: "failed", error: error2, retryable: !isPost, uncertain: isPost };
      }
    }
    const error = await httpError(redactFor(client, spec), spec.method, shownPath, response);
    const retryable = client.retry.statusCodes.includes(response.status);
    if (isPost) {
      if (response.status === 429)
        return { kind: "failed", error, retryable: true, uncertain: false };
      return {
        kind: "failed",
        error,
        retryable: false,
        uncertain: UNCERTAIN_POST_STATUSES.has(response.status)
      };
    }
    return { kind: "failed", error, retryable, uncertain: false };
  } finally {
    if (streaming) clearTimeout(timer);
    else done();
  }
}
function attemptTimeout(client, spec, shownPath) {
  if (spec.signal?.aborted) throw spec.signal.reason;
  if (spec.deadline === void 0) return client.timeoutMs;
  const remaining = spec.deadline - Date.now();
  if (remaining <= 0) throw new TimeoutError(spec.method, shownPath, 0);
  return Math.min(client.timeoutMs, remaining);
}
async function fetchFollowingSameOrigin(client, spec, url, signal) {
  const headers = {
    Accept: spec.expect === "json" ? "application/json" : "*/*"
  };
  Object.assign(headers, spec.headers, client.authHeaders());
  let body;
  if (spec.body !== void 0) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(spec.body);
  }
  let target = url;
  for (let hop = 0; ; hop++) {
    const response = await client.fetch(target.href, {
      method: spec.method,
      headers,
      body,
      signal,
      redirect: "manual"
    });
    const location = response.headers.get("location");
    if (response.status < 300 || response.status >= 400 || !location) return response;
    const next = new URL(location, target);
    const shown = `${next.origin}${next.pathname}`;
    const never = client.redirects === "none";
    if (never || next.origin !== url.origin || spec.method !== "GET" || hop >= MAX_REDIRECTS) {
      await response.body?.cancel();
      const message = never ? `redirected to ${shown}; this client follows no redirect` : `redirected to ${shown}; not followed so the token is not sent there (set the client url to the final address)`;
      throw new GitLabHttpError({
        status: response.status,
        statusText: response.statusText,
        method: spec.method,
        path: `${target.pathname}${target.search}`,
        gitlabMessage: redactFor(client, spec)(message)
      });
    }
    await response.body?.cancel();
    target = next;
  }
}
function toApiResponse(response, data) {
  return { status: response.status, headers: response.headers, data, response };
}
function redactFor(client, spec) {
  const secrets = spec.secrets ?? [];
  return (text) => redactSecrets(client.redact(text), secrets);
}
async function httpError(redact, method, path, response) {
  let body = "";
  try {
    body = await readLimited(response, MAX_ERROR_BODY);
  } catch {
  }
  return httpErrorFrom(redact, method, path, response, body);
}
async function readLimited(response, limit) {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  while (text.length < limit) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return text.slice(0, limit);
}
function classifyThrown(error, isPost) {
  const transient = error instanceof TimeoutError || error instanceof NetworkError;
  if (!transient) return { kind: "failed", error, retryable: false, uncertain: false };
  if (!isPost) return { kind: "failed", error, retryable: true, uncertain: false };
  const notSent = error instanceof NetworkError && error.notSent;
  return { kind: "failed", error, retryable: notSent, uncertain: !notSent };
}

// src/gitlab/schema-shape.ts
var hasOwn = (value, key) => Object.hasOwn(value, key);
function hasUncopiedKey(record2) {
  return hasOwn(record2, "__proto__") || hasOwn(record2, "prototype") || hasOwn(record2, "constructor");
}
var NotCompilable = class extends Error {
};
var CONFIG = { abortEarly: true, abortPipeEarly: true };
function actionCheck(action) {
  const { requirement } = action;
  switch (action.type) {
    case "integer":
      return (value) => Number.isInteger(value);
    case "iso_timestamp":
    case "regex": {
      const pattern = requirement;
      return (value) => pattern.test(value);
    }
    case "min_value":
      return (value) => value >= requirement;
    case "max_value":
      return (value) => value <= requirement;
    default:
      return (value) => !action["~run"]({ typed: true, value }, CONFIG).issues;
  }
}

// src/gitlab/generate-check.ts
function generateCheck(schema, compileClosures) {
  const refs = [];
  const functions = [];
  const named = /* @__PURE__ */ new Map();
  const ref = (value) => `r[${refs.push(value) - 1}]`;
  function expression(shape, value) {
    if (shape.pipe) {
      const [base, ...actions] = shape.pipe;
      const parts = [expression(base, value)];
      for (const action of actions) {
        if (action.kind === "metadata") continue;
        if (action.kind !== "validation") throw new NotCompilable(action.type);
        parts.push(actionExpression(action, value));
      }
      return `(${parts.join(" && ")})`;
    }
    switch (shape.type) {
      case "string":
        return `typeof ${value} === "string"`;
      case "number":
        return `(typeof ${value} === "number" && ${value} === ${value})`;
      case "boolean":
        return `typeof ${value} === "boolean"`;
      case "null":
        return `${value} === null`;
      case "unknown":
      case "any":
        return "true";
      case "literal":
        return `${value} === ${ref(shape.literal)}`;
      case "picklist":
        return `${ref(new Set(shape.options))}.has(${value})`;
      case "nullable":
      case "optional":
      case "nullish": {
        if (shape.default !== void 0) throw new NotCompilable(`${shape.type} with a default`);
        const wrapped = expression(shape.wrapped, value);
        const empty = shape.type === "nullable" ? `${value} === null` : shape.type === "optional" ? `${value} === undefined` : `${value} == null`;
        return `(${empty} || ${wrapped})`;
      }
      case "union": {
        const options = shape.options.map(
          (option) => expression(option, value)
        );
        return `(${options.join(" || ")})`;
      }
      case "array":
      case "loose_object":
      case "object":
      case "strict_object":
      case "record":
        return `${functionFor(shape)}(${value})`;
      default:
        throw new NotCompilable(shape.type);
    }
  }
  function actionExpression(action, value) {
    switch (action.type) {
      case "integer":
        return `Number.isInteger(${value})`;
      case "iso_timestamp":
      case "regex":
        return `${ref(action.requirement)}.test(${value})`;
      default:
        return `${ref(actionCheck(action))}(${value})`;
    }
  }
  function functionFor(shape) {
    const existing = named.get(shape);
    if (existing) return existing;
    const name = `f${named.size}`;
    named.set(shape, name);
    functions.push(`function ${name}(v) {
${body(shape)}
}`);
    return name;
  }
  function body(shape) {
    switch (shape.type) {
      case "array":
        return [
          "if (!Array.isArray(v)) return false;",
          "for (let i = 0; i < v.length; i++) {",
          "  const x = v[i];",
          `  if (!(${expression(shape.item, "x")})) return false;`,
          "}",
          "return true;"
        ].join("\n");
      case "record":
        return [
          `if (v === null || typeof v !== "object" || Array.isArray(v) || ${ref(hasUncopiedKey)}(v)) return false;`,
          "for (const k in v) {",
          "  if (!Object.hasOwn(v, k)) return false;",
          "  const x = v[k];",
          `  if (!(${expression(shape.key, "k")}) || !(${expression(shape.value, "x")})) return false;`,
          "}",
          "return true;"
        ].join("\n");
      default:
        return objectBody(shape);
    }
  }
  function objectBody(shape) {
    const lines = [
      // An array passes valibot's object checks but comes out as a new object: valibot makes it.
      'if (v === null || typeof v !== "object" || Array.isArray(v)) return false;',
      "let x;"
    ];
    const entries = Object.entries(shape.entries ?? {});
    for (const [key, entry] of entries) {
      const entryShape = entry;
      const literal = JSON.stringify(key);
      const optional2 = entryShape.type === "optional" || entryShape.type === "nullish";
      lines.push(`x = v[${literal}];`);
      const check2 = expression(entryShape, "x");
      const presence = !optional2 && compileClosures(entryShape)(void 0) ? ` || !(${literal} in v)` : "";
      lines.push(`if (!(${check2})${presence}) return false;`);
    }
    if (shape.type !== "loose_object") {
      const known = ref(new Set(entries.map(([key]) => key)));
      lines.push(`for (const k in v) if (!${known}.has(k)) return false;`);
    }
    lines.push(`return !${ref(hasUncopiedKey)}(v);`);
    return lines.join("\n");
  }
  const root = expression(schema, "value");
  const source = `${functions.join("\n")}
return function check(value) { return ${root}; };`;
  return new Function("r", source)(refs);
}

// src/gitlab/compile-check.ts
var generationRefused = false;
function compileCheck(schema, options = {}) {
  try {
    const shape = schema;
    if (options.generate ?? !generationRefused) {
      try {
        return generateCheck(shape, compile);
      } catch (error) {
        if (error instanceof NotCompilable || options.generate === true) throw error;
        generationRefused = true;
      }
    }
    return compile(shape);
  } catch (error) {
    if (error instanceof NotCompilable) return void 0;
    throw error;
  }
}
function compile(schema) {
  if (schema.pipe) return compilePipe(schema.pipe);
  switch (schema.type) {
    case "string":
      return (value) => typeof value === "string";
    case "number":
      return (value) => typeof value === "number" && !Number.isNaN(value);
    case "boolean":
      return (value) => typeof value === "boolean";
    case "null":
      return (value) => value === null;
    case "unknown":
    case "any":
      return () => true;
    case "literal": {
      const literal = schema.literal;
      return (value) => value === literal;
    }
    case "picklist": {
      const options = new Set(schema.options);
      return (value) => options.has(value);
    }
    case "nullable":
    case "optional":
    case "nullish":
      return compileWrapper(schema);
    case "array": {
      const item = compile(schema.item);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let index = 0; index < value.length; index++) if (!item(value[index])) return false;
        return true;
      };
    }
    case "union": {
      const options = schema.options.map(
        (option) => compile(option)
      );
      return (value) => options.some((option) => option(value));
    }
    case "loose_object":
    case "object":
    case "strict_object":
      return compileObject(schema);
    case "record":
      return compileRecord(schema);
    default:
      throw new NotCompilable(schema.type);
  }
}
function compileWrapper(schema) {
  if (schema.default !== void 0) throw new NotCompilable(`${schema.type} with a default`);
  const wrapped = compile(schema.wrapped);
  if (schema.type === "nullable") return (value) => value === null || wrapped(value);
  if (schema.type === "optional") return (value) => value === void 0 || wrapped(value);
  return (value) => value === null || value === void 0 || wrapped(value);
}
function compileObject(schema) {
  const entries = Object.entries(schema.entries ?? {}).map(([key, entry]) => {
    const shape = entry;
    const optional2 = shape.type === "optional" || shape.type === "nullish";
    return { key, optional: optional2, check: compile(shape) };
  });
  const known = new Set(entries.map((entry) => entry.key));
  const closed = schema.type !== "loose_object";
  return (value) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
    const record2 = value;
    for (const entry of entries) {
      if (entry.key in record2) {
        if (!entry.check(record2[entry.key])) return false;
      } else if (!entry.optional) {
        return false;
      }
    }
    if (closed) {
      for (const key in record2) if (!known.has(key)) return false;
    }
    return !hasUncopiedKey(record2);
  };
}
function compileRecord(schema) {
  const key = compile(schema.key);
  const item = compile(schema.value);
  return (value) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
    const record2 = value;
    if (hasUncopiedKey(record2)) return false;
    for (const name in record2) {
      if (!hasOwn(record2, name) || !key(name) || !item(record2[name])) return false;
    }
    return true;
  };
}
function compilePipe(pipe2) {
  const [base, ...actions] = pipe2;
  const checks2 = [compile(base)];
  for (const action of actions) {
    if (action.kind === "metadata") continue;
    if (action.kind !== "validation") throw new NotCompilable(action.type);
    checks2.push(actionCheck(action));
  }
  return allOf(checks2);
}
function allOf(checks2) {
  const [first, second, ...rest] = checks2;
  if (second === void 0) return first;
  if (rest.length === 0) return (value) => first(value) && second(value);
  return (value) => checks2.every((check2) => check2(value));
}

// src/gitlab/validate-response.ts
var checks = /* @__PURE__ */ new WeakMap();
function validateResponse(schema, data, operation, route) {
  let check2 = checks.get(schema);
  if (check2 === void 0) {
    check2 = compileCheck(schema) ?? null;
    checks.set(schema, check2);
  }
  if (check2?.(data)) return data;
  const result = safeParse(schema, data);
  if (result.success) return result.output;
  throw new ResponseValidationError(
    operation,
    route,
    result.issues.slice(0, 10).map((issue) => ({ field: issuePath(issue), message: issue.message }))
  );
}

// src/gitlab/jobs/request-entity.ts
async function requestEntity(client, spec, schema) {
  const response = await sendRequest(client, { ...spec, expect: "json" });
  return validateResponse(schema, response.data, spec.operation, spec.route);
}

// src/gitlab/jobs/job-path.ts
function jobPath(project, jobId, action) {
  return `projects/${encodeProjectId(project)}/jobs/${jobId}${action ? `/${action}` : ""}`;
}
function pipelinePath(project, pipelineId, list) {
  return `projects/${encodeProjectId(project)}/pipelines/${pipelineId}/${list}`;
}

// src/gitlab/schemas/timestamp.ts
var TimestampSchema = pipe(string(), isoTimestamp());

// src/gitlab/schemas/user.ts
var UserSchema = looseObject({
  id: pipe(number(), integer()),
  username: string(),
  name: string(),
  state: string(),
  // GitLab sends null when the user has no avatar and Gravatar is disabled on the instance.
  avatar_url: nullable(string()),
  web_url: string(),
  // GitLab exposes `created_at` only to callers allowed to read the profile.
  created_at: optional(TimestampSchema),
  // Unset profile fields come as null (the examples show it for bio and location).
  bio: optional(nullable(string())),
  location: optional(nullable(string())),
  public_email: optional(nullable(string())),
  skype: optional(nullable(string())),
  linkedin: optional(nullable(string())),
  twitter: optional(nullable(string())),
  website_url: optional(nullable(string())),
  organization: optional(nullable(string())),
  // The rest of API::Entities::User (lib/api/entities/user.rb and user_basic.rb, gitlabhq/gitlabhq),
  // each missing on older servers; followers and following only for readable profiles.
  locked: optional(boolean()),
  discord: optional(nullable(string())),
  job_title: optional(nullable(string())),
  pronouns: optional(nullable(string())),
  bot: optional(boolean()),
  work_information: optional(nullable(string())),
  followers: optional(pipe(number(), integer())),
  following: optional(pipe(number(), integer())),
  is_followed: optional(boolean()),
  local_time: optional(nullable(string()))
});

// src/gitlab/schemas/artifact.ts
var ArtifactSchema = looseObject({
  file_type: string(),
  size: pipe(number(), integer()),
  filename: string(),
  file_format: nullable(string())
});

// src/gitlab/schemas/artifacts-file.ts
var ArtifactsFileSchema = looseObject({
  filename: string(),
  size: pipe(number(), integer())
});

// src/gitlab/schemas/commit.ts
var CommitSchema = looseObject({
  id: string(),
  short_id: string(),
  title: string(),
  message: string(),
  author_name: string(),
  author_email: string(),
  created_at: TimestampSchema,
  // The rest of API::Entities::Commit (lib/api/entities/commit.rb, gitlabhq/gitlabhq); the
  // trailers and web_url are missing on older servers.
  parent_ids: optional(array(string())),
  authored_date: optional(TimestampSchema),
  committer_name: optional(string()),
  committer_email: optional(string()),
  committed_date: optional(TimestampSchema),
  trailers: optional(record(string(), string())),
  extended_trailers: optional(record(string(), array(string()))),
  web_url: optional(string())
});

// src/gitlab/schemas/pipeline.ts
var PipelineSchema = looseObject({
  id: pipe(number(), integer()),
  project_id: pipe(number(), integer()),
  ref: string(),
  sha: string(),
  // A pipeline's status set is GitLab's own business, not the job picklist: accept what it sends.
  status: string(),
  iid: optional(pipe(number(), integer())),
  source: optional(string()),
  created_at: optional(TimestampSchema),
  updated_at: optional(TimestampSchema),
  web_url: optional(string())
});
var DownstreamPipelineSchema = looseObject({
  id: pipe(number(), integer()),
  sha: string(),
  ref: string(),
  status: string(),
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
  web_url: string(),
  project_id: optional(pipe(number(), integer())),
  iid: optional(pipe(number(), integer())),
  source: optional(string())
});

// src/gitlab/schemas/runner.ts
var RunnerSchema = looseObject({
  id: pipe(number(), integer()),
  description: optional(nullable(string())),
  // Current GitLab always sends null here (kept until API v5).
  ip_address: optional(nullable(string())),
  active: optional(boolean()),
  paused: optional(boolean()),
  is_shared: optional(boolean()),
  runner_type: optional(string()),
  name: optional(nullable(string())),
  online: optional(nullable(boolean())),
  // Newer GitLab (lib/api/entities/ci/runner.rb, gitlabhq/gitlabhq@41946e65) adds these; `created_by`
  // comes only for callers who may read the runner's creator, so never inside a job's answer.
  created_by: optional(nullable(looseObject({ id: pipe(number(), integer()) }))),
  created_at: optional(nullable(TimestampSchema)),
  status: optional(string()),
  // `active` while the runner runs a job, else `idle`.
  job_execution_status: optional(nullable(string()))
});
var RunnerManagerSchema = looseObject({
  id: pipe(number(), integer()),
  system_id: optional(string()),
  version: optional(nullable(string())),
  revision: optional(nullable(string())),
  platform: optional(nullable(string())),
  architecture: optional(nullable(string())),
  created_at: optional(TimestampSchema),
  contacted_at: optional(nullable(TimestampSchema)),
  ip_address: optional(nullable(string())),
  status: optional(string()),
  // `active` while the manager runs a job, else `idle` (newer GitLab).
  job_execution_status: optional(nullable(string()))
});

// src/gitlab/schemas/job.ts
var JobBasicSchema = looseObject({
  id: pipe(number(), integer()),
  name: string(),
  stage: string(),
  status: JobStatusSchema,
  ref: string(),
  tag: boolean(),
  coverage: nullable(number()),
  allow_failure: boolean(),
  created_at: TimestampSchema,
  started_at: nullable(TimestampSchema),
  finished_at: nullable(TimestampSchema),
  erased_at: optional(nullable(TimestampSchema)),
  duration: nullable(number()),
  queued_duration: nullable(number()),
  user: nullable(UserSchema),
  // Null when the pipeline's sha is not in the repository (`pipeline.commit` is a lazy lookup):
  // lib/api/entities/ci/job_basic.rb (gitlabhq/gitlabhq@0286e4c6) exposes it as it is.
  commit: nullable(CommitSchema),
  // The cancel, retry, erase and play examples leave it out.
  pipeline: optional(PipelineSchema),
  // Present only when the job failed.
  failure_reason: optional(string()),
  web_url: string(),
  project: optional(
    looseObject({
      // Documented as a string, sent as a boolean.
      ci_job_token_scope_enabled: union([boolean(), string()])
    })
  )
});
var JobSchema = looseObject({
  ...JobBasicSchema.entries,
  // Present only when the job has an artifacts archive.
  artifacts_file: optional(ArtifactsFileSchema),
  artifacts: array(ArtifactSchema),
  runner: nullable(RunnerSchema),
  runner_manager: optional(nullable(RunnerManagerSchema)),
  // Missing from some examples, but GitLab's entity always sends it, as null when there is none.
  artifacts_expire_at: optional(nullable(TimestampSchema)),
  archived: optional(boolean()),
  tag_list: optional(array(string())),
  download_url: optional(nullable(string())),
  // No document shows its shape, so it is only known to be an object.
  environment: optional(nullable(looseObject({})))
});

export {
  sleep,
  InvalidInputError,
  hasControlCharacter,
  REDACTED,
  redactSecrets,
  TRANSIENT_STATUSES,
  DEFAULT_RETRY_POLICY,
  backoffDelay,
  encodeProjectId,
  projectRefProblem,
  GitLabHttpError,
  ProjectRefParamSchema,
  IdParamSchema,
  PerPageParamSchema,
  BoundParamSchema,
  VariablesParamSchema,
  CallOptionsEntries,
  ListOptionsEntries,
  parseParams,
  NetworkError,
  OutcomeUnknownError,
  TimeoutError,
  httpErrorFrom,
  networkErrorFrom,
  sendRequest,
  jobPath,
  pipelinePath,
  TimestampSchema,
  PipelineSchema,
  DownstreamPipelineSchema,
  UserSchema,
  JobBasicSchema,
  JobSchema,
  validateResponse,
  requestEntity
};
