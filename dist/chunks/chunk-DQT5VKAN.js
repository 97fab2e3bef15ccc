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
  issueKeys,
  issuePath,
  looseObject,
  maxLength,
  maxValue,
  minLength,
  minValue,
  nonEmpty,
  nullable,
  number,
  object,
  optional,
  picklist,
  pipe,
  rawCheck,
  rawTransform,
  record,
  regex,
  safeInteger,
  safeParse,
  strictObject,
  string,
  transform,
  trim,
  union,
  unknown
} from "./chunk-YPQ2PB2I.js";

// src/steps/create-network-fetch.ts
import { readFile } from "node:fs/promises";
import * as tls from "node:tls";

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

// src/steps/proxy-settings.ts
function proxySettings(env) {
  const read = (name) => (env[name.toLowerCase()]?.trim() || env[name.toUpperCase()]?.trim()) ?? "";
  const proxy = (name) => {
    const value = read(name);
    return value && !value.includes("://") ? `http://${value}` : value;
  };
  return {
    httpProxy: proxy("http_proxy"),
    httpsProxy: proxy("https_proxy"),
    noProxy: read("no_proxy")
  };
}

// src/steps/create-network-fetch.ts
async function createNetworkFetch(options) {
  const proxy = proxySettings(options.env);
  const caFile = options.caFile?.trim() ?? "";
  if (!proxy.httpProxy && !proxy.httpsProxy && !caFile) return void 0;
  const ca = caFile ? await trustedCertificates(caFile, options.env) : void 0;
  const undici = await import("./undici-4TDOCJNY.js");
  const tlsOptions = ca ? { ca } : {};
  const direct = new undici.Agent({ connect: tlsOptions });
  const viaEnvironment = new undici.EnvHttpProxyAgent({
    httpProxy: proxy.httpProxy,
    httpsProxy: proxy.httpsProxy,
    noProxy: proxy.noProxy,
    // As curl: an http URL is forwarded to the proxy as is, an https one tunnelled with CONNECT.
    proxyTunnel: false,
    connect: tlsOptions,
    requestTls: tlsOptions,
    proxyTls: tlsOptions
  });
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input);
    const dispatcher = url.protocol === "https:" && !proxy.httpsProxy ? direct : viaEnvironment;
    return undici.fetch(
      input,
      { ...init, dispatcher }
    );
  };
}
async function trustedCertificates(caFile, env) {
  const own = await readPem(caFile, "ca-file");
  const getCACertificates2 = tls.getCACertificates;
  if (getCACertificates2) return [...getCACertificates2("default"), own];
  const extraFile = env.NODE_EXTRA_CA_CERTS?.trim();
  const extra = extraFile ? await readPem(extraFile, "NODE_EXTRA_CA_CERTS").catch(() => "") : "";
  return [...tls.rootCertificates, ...extra ? [extra] : [], own];
}
async function readPem(path, input) {
  let text2;
  try {
    text2 = await readFile(path, "utf8");
  } catch (error) {
    const code = error.code;
    throw new InvalidInputError(
      input,
      JSON.stringify(path),
      `cannot be read${typeof code === "string" ? ` (${code})` : ""}`
    );
  }
  if (!text2.includes("-----BEGIN CERTIFICATE-----")) {
    throw new InvalidInputError(
      input,
      JSON.stringify(path),
      "holds no PEM certificate (-----BEGIN CERTIFICATE-----)"
    );
  }
  return text2;
}

// src/gitlab/has-control-character.ts
function hasControlCharacter(text2) {
  for (let i = 0; i < text2.length; i++) {
    const code = text2.charCodeAt(i);
    if (code < 32 || code === 127) return true;
  }
  return false;
}

// src/gitlab/redact.ts
var REDACTED = "[REDACTED]";
function redactSecrets(text2, secrets) {
  let out = text2;
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

// src/gitlab/client.ts
var DEFAULT_TIMEOUT_MS = 3e4;
var globalFetch = (input, init) => fetch(input, init);
var API_SUFFIX = /\/api\/v4\/?$/;
var TOKEN_TYPES = ["private", "job", "oauth"];
function createClient(options) {
  const apiUrl = normaliseApiUrl(options.url);
  const tokenType = options.tokenType ?? "private";
  if (!TOKEN_TYPES.includes(tokenType)) {
    throw new InvalidInputError(
      "tokenType",
      JSON.stringify(tokenType),
      `use one of ${TOKEN_TYPES.join(", ")}`
    );
  }
  checkToken(options.token);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new InvalidInputError(
      "timeoutMs",
      String(timeoutMs),
      "must be a positive number of milliseconds"
    );
  }
  const retry = options.retry === false ? { ...DEFAULT_RETRY_POLICY, limit: 0 } : { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const fetchFunction = options.fetch ?? globalFetch;
  return new Client(
    apiUrl,
    tokenType,
    options.token,
    timeoutMs,
    retry,
    fetchFunction,
    options.userAgent,
    options.redirects ?? "same-origin"
  );
}
var Client = class {
  constructor(apiUrl, tokenType, token, timeoutMs, retry, fetch2, userAgent, redirects) {
    this.apiUrl = apiUrl;
    this.tokenType = tokenType;
    this.timeoutMs = timeoutMs;
    this.retry = retry;
    this.fetch = fetch2;
    this.redirects = redirects;
    this.#token = token;
    this.#secrets = [token];
    this.#userAgent = userAgent;
  }
  #token;
  #secrets;
  #userAgent;
  authHeaders() {
    const headers = {};
    if (this.tokenType === "private") headers["PRIVATE-TOKEN"] = this.#token;
    else if (this.tokenType === "job") headers["JOB-TOKEN"] = this.#token;
    else headers.Authorization = `Bearer ${this.#token}`;
    if (this.#userAgent) headers["User-Agent"] = this.#userAgent;
    return headers;
  }
  redact(text2) {
    return redactSecrets(text2, this.#secrets);
  }
  addSecret(secret) {
    if (secret && !this.#secrets.includes(secret)) this.#secrets.push(secret);
  }
  toJSON() {
    return {
      apiUrl: this.apiUrl,
      tokenType: this.tokenType,
      token: REDACTED,
      timeoutMs: this.timeoutMs
    };
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return this.toJSON();
  }
};
function normaliseApiUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidInputError(
      "url",
      JSON.stringify(url),
      "is not an absolute URL (e.g. https://gitlab.com)"
    );
  }
  const shown = JSON.stringify(`${parsed.protocol}//${parsed.host}${parsed.pathname}`);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new InvalidInputError("url", shown, "must use http or https");
  }
  if (parsed.username || parsed.password) {
    throw new InvalidInputError(
      "url",
      shown,
      "must not carry credentials; pass the token as `token`"
    );
  }
  if (parsed.search || parsed.hash) {
    throw new InvalidInputError("url", shown, "must not have a query or fragment");
  }
  const base = parsed.pathname.replace(API_SUFFIX, "").replace(/\/+$/, "");
  return `${parsed.origin}${base}/api/v4/`;
}
function checkToken(token) {
  if (typeof token !== "string" || token.trim() === "") {
    throw new InvalidInputError("token", "(empty)", "a GitLab token is required");
  }
  if (hasControlCharacter(token) || /\s/.test(token)) {
    throw new InvalidInputError(
      "token",
      REDACTED,
      "must not contain whitespace or control characters"
    );
  }
}

// src/steps/jobrelay-version.ts
var JOBRELAY_VERSION = "0.1.0";

// src/steps/create-step-client.ts
function createStepClient(inputs, overrides = {}) {
  const client = createClient({
    url: inputs.gitlabUrl,
    token: inputs.token,
    tokenType: inputs.tokenType,
    userAgent: `jobrelay/${JOBRELAY_VERSION}`,
    ...inputs.requestTimeoutMs === void 0 ? {} : { timeoutMs: inputs.requestTimeoutMs },
    ...overrides
  });
  for (const variable of inputs.variables ?? []) client.addSecret(variable.value);
  return client;
}

// src/steps/detect-token-type.ts
var JOB_TOKEN_PREFIX = "glcbt-";
function detectTokenType(token, env = {}) {
  const jobToken = env.CI_JOB_TOKEN?.trim();
  if (token.startsWith(JOB_TOKEN_PREFIX) || jobToken && token === jobToken) return "job";
  return "private";
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
    const id2 = Number(project);
    return Number.isSafeInteger(id2) && id2 > 0 ? void 0 : "a numeric project id must be a positive integer";
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

// src/steps/parse-duration.ts
var UNIT_MS = { h: 36e5, m: 6e4, s: 1e3, ms: 1 };
var PART = /(\d+(?:\.\d+)?)(ms|h|m|s)/gy;
function parseDuration(text2) {
  const value = text2.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1e3);
  if (value === "") return void 0;
  PART.lastIndex = 0;
  let total = 0;
  let consumed = 0;
  for (const match of value.matchAll(PART)) {
    total += Number(match[1]) * (UNIT_MS[match[2] ?? "s"] ?? 0);
    consumed += match[0].length;
  }
  return consumed === value.length ? Math.round(total) : void 0;
}
function formatDuration(ms) {
  if (ms > 0 && ms < 1e3) return `${Math.round(ms)}ms`;
  const seconds = Math.max(0, Math.round(ms / 1e3));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}

// src/steps/read-string-list.ts
var SIMPLE_ESCAPES = {
  n: "\n",
  t: "	",
  r: "\r",
  f: "\f",
  v: "\v",
  b: "\b",
  a: "\x07",
  e: "\x1B",
  s: " ",
  "0": "\0"
};
function readStringList(text2) {
  const items = [];
  let at = skipSpace(text2, 0);
  if (text2[at] !== "[") return void 0;
  at = skipSpace(text2, at + 1);
  if (text2[at] === "]") return skipSpace(text2, at + 1) === text2.length ? items : void 0;
  for (; ; ) {
    const read = readQuoted(text2, at);
    if (!read) return void 0;
    items.push(read.value);
    at = skipSpace(text2, read.end);
    if (text2[at] === "]") return skipSpace(text2, at + 1) === text2.length ? items : void 0;
    if (text2[at] !== ",") return void 0;
    at = skipSpace(text2, at + 1);
  }
}
function skipSpace(text2, from) {
  let at = from;
  while (at < text2.length && /\s/.test(text2[at])) at++;
  return at;
}
function readQuoted(text2, from) {
  if (text2[from] !== '"') return void 0;
  let value = "";
  let at = from + 1;
  while (at < text2.length) {
    const char = text2[at];
    if (char === '"') return { value, end: at + 1 };
    if (char !== "\\") {
      value += char;
      at++;
      continue;
    }
    const next = text2[at + 1];
    if (next === void 0) return void 0;
    if (next === "u") {
      const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(text2.slice(at + 2));
      const plain = /^[0-9a-fA-F]{4}/.exec(text2.slice(at + 2));
      if (braced?.[1]) {
        value += String.fromCodePoint(Number.parseInt(braced[1], 16));
        at += 2 + braced[0].length;
      } else if (plain) {
        value += String.fromCharCode(Number.parseInt(plain[0], 16));
        at += 6;
      } else return void 0;
      continue;
    }
    if (next === "x") {
      const hex = /^[0-9a-fA-F]{2}/.exec(text2.slice(at + 2));
      if (!hex) return void 0;
      value += String.fromCharCode(Number.parseInt(hex[0], 16));
      at += 4;
      continue;
    }
    value += SIMPLE_ESCAPES[next] ?? next;
    at += 2;
  }
  return void 0;
}

// src/steps/variable-entries.ts
function variableEntries(value) {
  if (!value.trimStart().startsWith("[")) {
    return value.split(/\r?\n/).map((text2, index) => ({ text: text2, where: `line ${index + 1}` }));
  }
  const items = readStringList(value);
  if (!items) {
    return 'must be KEY=VALUE lines, or a list of "KEY=VALUE" strings (["A=1", "B=2"]); the list does not parse';
  }
  return items.map((text2, index) => ({ text: text2, where: `item ${index + 1}` }));
}

// src/steps/parse-variables.ts
function parseVariables(value) {
  const entries = variableEntries(value);
  if (typeof entries === "string") return entries;
  const variables2 = [];
  for (const { text: text2, where } of entries) {
    if (text2.trim() === "" || text2.trimStart().startsWith("#")) continue;
    const equals = text2.indexOf("=");
    const key = (equals < 0 ? text2 : text2.slice(0, equals)).trim();
    if (equals < 0) return `${where} must be KEY=VALUE`;
    if (!/^[A-Za-z0-9_]+$/.test(key) || key.length > 255) {
      return `${where}: a variable key may hold only letters, digits and underscores (at most 255)`;
    }
    if (variables2.some((variable) => variable.key === key))
      return `${where}: ${key} is given twice`;
    variables2.push({ key, value: text2.slice(equals + 1) });
  }
  return variables2;
}

// src/steps/step-command.ts
var STEP_COMMANDS = [
  "wait-for-job",
  "trigger-manual-job",
  "fetch-trace-artifact"
];
function isStepCommand(value) {
  return STEP_COMMANDS.includes(value);
}

// src/steps/raw-inputs-schema.ts
var END_STATUSES = [
  "success",
  "failed",
  "canceled",
  "skipped",
  "manual",
  "scheduled"
];
var text = string();
var optionalText = pipe(
  string(),
  transform((value) => value.trim() || void 0)
);
var boolean2 = pipe(
  string(),
  transform((value) => value.trim().toLowerCase()),
  picklist(["true", "false"], "must be true or false"),
  transform((value) => value === "true")
);
var id = (what) => pipe(
  string(),
  transform((value) => value.trim()),
  // Checked as typed: a number past 2^53 would be rounded, and another job named.
  check(
    (value) => value === "" || /^[1-9]\d*$/.test(value) && Number.isSafeInteger(Number(value)),
    `must be a ${what} id (a positive whole number, at most ${Number.MAX_SAFE_INTEGER})`
  ),
  transform((value) => value === "" ? void 0 : Number(value))
);
var duration = pipe(
  string(),
  transform((value) => parseDuration(value)),
  number("must be a duration such as 90s, 30m, 1h30m, 500ms, or a number of seconds"),
  check((ms) => ms > 0, "must be longer than zero")
);
var variables = pipe(
  string(),
  rawTransform(({ dataset, addIssue, NEVER }) => {
    const parsed = parseVariables(dataset.value);
    if (typeof parsed === "string") {
      addIssue({ message: parsed });
      return NEVER;
    }
    return parsed;
  })
);
var RawInputsSchema = object({
  command: pipe(
    string(),
    transform((value) => value.trim()),
    picklist(STEP_COMMANDS, `must be one of ${STEP_COMMANDS.join(", ")}`)
  ),
  "gitlab-url": pipe(
    string(),
    trim(),
    rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      try {
        normaliseApiUrl(dataset.value);
      } catch (error) {
        addIssue({
          message: error instanceof InvalidInputError ? error.reason : "is not an absolute URL (e.g. https://gitlab.com)"
        });
      }
    })
  ),
  token: text,
  "token-type": picklist(
    ["auto", "private", "job", "oauth"],
    "must be auto, private, job or oauth"
  ),
  "ca-file": optionalText,
  project: pipe(
    string(),
    transform((value) => value.trim()),
    rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const problem = dataset.value === "" ? "is required (or set CI_PROJECT_ID)" : projectRefProblem(dataset.value);
      if (problem) addIssue({ message: problem });
    }),
    transform((value) => /^\d+$/.test(value) ? Number(value) : value)
  ),
  job: id("job"),
  pipeline: id("pipeline"),
  name: optionalText,
  variables,
  "masked-variables": variables,
  wait: boolean2,
  timeout: duration,
  "request-timeout": duration,
  interval: duration,
  "max-interval": duration,
  "follow-log": boolean2,
  output: pipe(string(), trim(), nonEmpty("must name a file")),
  "success-statuses": pipe(
    string(),
    transform((value) => [...new Set(value.split(/[\s,]+/).filter(Boolean))]),
    array(picklist(END_STATUSES, `each status must be one of ${END_STATUSES.join(", ")}`)),
    minLength(1, "give at least one status")
  ),
  "keep-waiting-on-manual": boolean2,
  "strip-ansi": boolean2,
  "summary-lines": pipe(
    string(),
    trim(),
    regex(/^\d+$/, "must be a whole number of lines (0 for none)"),
    transform(Number),
    maxValue(1e3, "must be at most 1000")
  ),
  "cancel-on-abort": boolean2
});

// src/steps/step-inputs.ts
var ALL = STEP_COMMANDS;
var STEP_INPUTS = [
  {
    name: "command",
    default: "",
    description: "What to do: wait-for-job, trigger-manual-job or fetch-trace-artifact.",
    commands: ALL,
    faces: ["action"],
    options: STEP_COMMANDS
  },
  {
    name: "gitlab-url",
    default: "",
    description: "GitLab (or jobrelay relay) address; empty: $GITLAB_URL, $CI_API_V4_URL, $CI_SERVER_URL, else https://gitlab.com.",
    commands: ALL
  },
  {
    name: "token",
    default: "",
    description: "GitLab token; empty: $GITLAB_TOKEN, else $CI_JOB_TOKEN. Masked, never printed.",
    commands: ALL,
    secret: true
  },
  {
    name: "token-type",
    default: "auto",
    description: "How the token authenticates: private (PRIVATE-TOKEN), job (JOB-TOKEN), oauth (Bearer), or auto (job for a glcbt- token or $CI_JOB_TOKEN, else private).",
    commands: ALL,
    options: ["auto", "private", "job", "oauth"]
  },
  {
    name: "ca-file",
    default: "",
    description: "PEM file of CA certificates to trust besides the system ones (a private CA; NODE_EXTRA_CA_CERTS works too). Proxies come from HTTPS_PROXY, HTTP_PROXY and NO_PROXY.",
    commands: ALL
  },
  {
    name: "project",
    default: "",
    description: "Project id or path (group/project); empty: $CI_PROJECT_ID.",
    commands: ALL
  },
  {
    name: "job",
    default: "",
    description: "Job id; or give pipeline and name instead.",
    commands: ALL
  },
  {
    name: "pipeline",
    default: "",
    description: "Pipeline id to find the job named `name` in; empty: $CI_PIPELINE_ID when project also comes from $CI_PROJECT_ID.",
    commands: ALL
  },
  {
    name: "name",
    default: "",
    description: "Job name within the pipeline (the newest job of that name; retried ones skipped).",
    commands: ALL
  },
  {
    name: "variables",
    default: "",
    description: "CI/CD variables for the played job, each KEY=VALUE: one per line (action), --var KEY=VALUE repeated (CLI), an array of KEY=VALUE items (components); values of 8 characters or more are masked in the log, as GitLab masks variables.",
    commands: ["trigger-manual-job"],
    cliRepeatable: "var",
    list: true,
    secret: true
  },
  {
    name: "masked-variables",
    default: "",
    description: "More variables for the played job, given as variables is, each value masked in the log whatever its length (CLI: --mask-var KEY=VALUE, repeatable).",
    commands: ["trigger-manual-job"],
    cliRepeatable: "mask-var",
    list: true,
    secret: true
  },
  {
    name: "wait",
    default: "false",
    description: "After playing the job, wait for it to finish as wait-for-job does.",
    commands: ["trigger-manual-job"],
    boolean: true
  },
  {
    name: "timeout",
    default: "30m",
    description: "Give up after this long (e.g. 90s, 30m, 1h30m, or plain seconds; more than 0); exit code 3.",
    commands: ALL
  },
  {
    name: "request-timeout",
    default: "30s",
    description: "Longest wait for GitLab to answer one request, or to send more of a log; a GET is tried again, then the step gives up with exit code 3.",
    commands: ALL
  },
  {
    name: "interval",
    default: "2s",
    description: "First pause between polls; it doubles up to max-interval, and resets when the job changes.",
    commands: ALL
  },
  {
    name: "max-interval",
    default: "12s",
    description: "Longest pause between polls (longer only when GitLab answers 429 with Retry-After).",
    commands: ALL
  },
  {
    name: "follow-log",
    default: "false",
    description: "Follow the job log as it grows: stream it into this log (wait) or keep appending to output until the job ends (fetch).",
    commands: ALL,
    boolean: true,
    cliAlias: "follow"
  },
  {
    name: "output",
    default: "job.log",
    description: "File to write the job log to.",
    commands: ["fetch-trace-artifact"]
  },
  {
    name: "success-statuses",
    default: "success",
    description: "Final statuses that count as success, comma-separated (from success, failed, canceled, skipped, manual, scheduled).",
    commands: ALL
  },
  {
    name: "keep-waiting-on-manual",
    default: "false",
    description: "Keep waiting while the job is manual or scheduled instead of ending the wait there.",
    commands: ALL,
    boolean: true
  },
  {
    name: "strip-ansi",
    default: "false",
    description: "Remove ANSI colour codes and section markers from the saved log.",
    commands: ["fetch-trace-artifact"],
    boolean: true
  },
  {
    name: "summary-lines",
    default: "20",
    description: "Lines of the end of the job log to put in the step summary (0: none).",
    commands: ALL,
    integer: true
  },
  {
    name: "cancel-on-abort",
    default: "false",
    description: "If the run is cancelled, cancel the GitLab job this step played (action: post step; CLI: on SIGINT/SIGTERM).",
    commands: ["trigger-manual-job"],
    faces: ["action", "cli"],
    boolean: true
  }
];
function inputsFor(face, command) {
  return STEP_INPUTS.filter(
    (input) => (input.faces ?? ["action", "cli", "component"]).includes(face) && (command === void 0 || input.commands.includes(command))
  );
}

// src/steps/validate-raw-inputs.ts
function validateRawInputs(schema, raw) {
  const withDefaults = {};
  for (const input of STEP_INPUTS) {
    const given = raw[input.name]?.trim() ? raw[input.name] : "";
    withDefaults[input.name] = given || input.default;
  }
  const result = safeParse(schema, withDefaults);
  if (result.success) return result.output;
  const [first] = result.issues;
  const name = String(issueKeys(first)[0] ?? "inputs");
  const issue = deepestIssue(first, "last-member");
  throw new InvalidInputError(name, shownValue(name, withDefaults[name] ?? ""), reasonOf(issue));
}
function reasonOf(issue) {
  return /^Invalid \w+: Expected /.test(issue.message) ? "is not valid" : issue.message;
}
function shownValue(name, value) {
  if (STEP_INPUTS.find((input) => input.name === name)?.secret) return REDACTED;
  if (value.trim() === "") return "";
  return JSON.stringify(name === "gitlab-url" ? withoutCredentials(value.trim()) : value);
}
function withoutCredentials(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, `$1${REDACTED}@`);
}
function requireToken(token) {
  if (!token) {
    throw new InvalidInputError(
      "token",
      "",
      "a GitLab token is required: give token, or set GITLAB_TOKEN (or CI_JOB_TOKEN in a GitLab job)"
    );
  }
}

// src/steps/parse-step-inputs.ts
var MASK_MIN_LENGTH = 8;
function parseStepInputs(raw) {
  const r = validateRawInputs(RawInputsSchema, raw);
  requireToken(r.token);
  if (r.job === void 0 && (r.pipeline === void 0 || r.name === void 0)) {
    const missing = r.name === void 0 ? "name" : "pipeline";
    throw new InvalidInputError(missing, "", "give job (an id), or pipeline and name");
  }
  if (r.job !== void 0 && r.name !== void 0) {
    throw new InvalidInputError(
      "name",
      JSON.stringify(r.name),
      "give either job or pipeline and name, not both"
    );
  }
  return {
    command: r.command,
    gitlabUrl: r["gitlab-url"],
    token: r.token,
    // `auto` was resolved from the environment before; here only the token's own form is known.
    tokenType: r["token-type"] === "auto" ? detectTokenType(r.token) : r["token-type"],
    caFile: r["ca-file"],
    project: r.project,
    job: r.job,
    pipeline: r.pipeline,
    name: r.name,
    variables: playVariables(r.variables, r["masked-variables"]),
    wait: r.wait,
    timeoutMs: r.timeout,
    requestTimeoutMs: r["request-timeout"],
    intervalMs: r.interval,
    maxIntervalMs: r["max-interval"],
    followLog: r["follow-log"],
    output: r.output,
    successStatuses: r["success-statuses"],
    keepWaitingOnManual: r["keep-waiting-on-manual"],
    stripAnsi: r["strip-ansi"],
    summaryLines: r["summary-lines"],
    cancelOnAbort: r["cancel-on-abort"]
  };
}
function playVariables(plain, masked) {
  for (const variable of masked) {
    if (plain.some((other) => other.key === variable.key)) {
      throw new InvalidInputError(
        "masked-variables",
        REDACTED,
        `${variable.key} is also given in variables; give each variable once`
      );
    }
  }
  return [
    ...plain.map((variable) => ({ ...variable, masked: variable.value.length >= MASK_MIN_LENGTH })),
    ...masked.map((variable) => ({ ...variable, masked: true }))
  ];
}

// src/steps/resolve-environment-inputs.ts
var DEFAULT_GITLAB_URL = "https://gitlab.com";
function resolveEnvironmentInputs(raw, env) {
  const given = (name) => raw[name]?.trim() ?? "";
  const fromEnv = (...names) => names.map((name) => env[name]?.trim() ?? "").find(Boolean) ?? "";
  const resolved = { ...raw };
  resolved["gitlab-url"] = given("gitlab-url") || fromEnv("GITLAB_URL", "CI_API_V4_URL", "CI_SERVER_URL") || DEFAULT_GITLAB_URL;
  if (!given("token")) resolved.token = fromEnv("GITLAB_TOKEN") || fromEnv("CI_JOB_TOKEN");
  const token = resolved.token?.trim() ?? "";
  if ((given("token-type") || "auto") === "auto" && token) {
    resolved["token-type"] = detectTokenType(token, env);
  }
  if (!given("project")) {
    resolved.project = fromEnv("CI_PROJECT_ID");
    if (resolved.project && !given("pipeline") && given("name") && !given("job")) {
      resolved.pipeline = fromEnv("CI_PIPELINE_ID");
    }
  }
  return resolved;
}

// src/steps/started-job-state.ts
var STARTED_JOB_STATE = "jobrelay-started-job";
var StartedJobSchema = strictObject({
  project: union([string(), number()]),
  jobId: pipe(number(), integer(), minValue(1))
});
function encodeStartedJob(job) {
  return JSON.stringify(job);
}
function decodeStartedJob(value) {
  if (!value) return void 0;
  try {
    const parsed = safeParse(StartedJobSchema, JSON.parse(value));
    return parsed.success ? parsed.output : void 0;
  } catch {
    return void 0;
  }
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

// src/gitlab/schemas/timestamp.ts
var TimestampSchema = pipe(string(), isoTimestamp());

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

// src/gitlab/jobs/job-params.ts
var JobParamsSchema = strictObject({
  project: ProjectRefParamSchema,
  jobId: IdParamSchema,
  ...CallOptionsEntries
});
var CallOptionsSchema = strictObject({ ...CallOptionsEntries });

// src/gitlab/jobs/job-path.ts
function jobPath(project, jobId, action) {
  return `projects/${encodeProjectId(project)}/jobs/${jobId}${action ? `/${action}` : ""}`;
}
function pipelinePath(project, pipelineId, list) {
  return `projects/${encodeProjectId(project)}/pipelines/${pipelineId}/${list}`;
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
  const text2 = body.trim();
  if (text2 === "") return fallback;
  if (looksLikeJson(text2, contentType)) {
    try {
      const message = messageFromJson(JSON.parse(text2));
      if (message) return clip(message);
    } catch {
    }
  }
  if (/^\s*<(!doctype|html|head|body)/i.test(text2) || contentType?.includes("html")) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text2)?.[1]?.trim();
    const h1 = /<h1[^>]*>([^<]*)<\/h1>/i.exec(text2)?.[1]?.trim();
    const heading = title || h1;
    return clip(
      heading ? `${heading} (HTML page, likely from a proxy in front of GitLab)` : fallback
    );
  }
  return clip(text2.replace(/\s+/g, " "));
}
function looksLikeJson(text2, contentType) {
  return Boolean(contentType?.includes("json")) || text2.startsWith("{") || text2.startsWith("[");
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
    const text2 = messageFromJson(detail);
    if (!text2) continue;
    parts.push(field === "error" || field === "base" ? text2 : `${field} ${text2}`);
  }
  return parts.length > 0 ? parts.join("; ") : void 0;
}
function clip(text2) {
  return text2.length > MAX_MESSAGE_LENGTH ? `${text2.slice(0, MAX_MESSAGE_LENGTH)}\u2026` : text2;
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
      let text2;
      try {
        text2 = await response.text();
      } catch (error2) {
        return fail(error2);
      }
      try {
        return { kind: "ok", response: toApiResponse(response, JSON.parse(text2)) };
      } catch {
        const error2 = new ResponseValidationError(spec.operation, spec.route, [
          { field: "", message: `the body is not valid JSON (${text2.length} bytes received)` }
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
  return (text2) => redactSecrets(client.redact(text2), secrets);
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
  let text2 = "";
  while (text2.length < limit) {
    const { done, value } = await reader.read();
    if (done) return text2 + decoder.decode();
    text2 += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return text2.slice(0, limit);
}
function classifyThrown(error, isPost) {
  const transient = error instanceof TimeoutError || error instanceof NetworkError;
  if (!transient) return { kind: "failed", error, retryable: false, uncertain: false };
  if (!isPost) return { kind: "failed", error, retryable: true, uncertain: false };
  const notSent = error instanceof NetworkError && error.notSent;
  return { kind: "failed", error, retryable: notSent, uncertain: !notSent };
}

// src/gitlab/validate-response.ts
function validateResponse(schema, data, operation, route) {
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

// src/gitlab/jobs/get-job.ts
async function getJob(client, params) {
  const p = parseParams(JobParamsSchema, params, "getJob");
  return requestEntity(
    client,
    {
      operation: "getJob",
      route: "GET /projects/:id/jobs/:job_id",
      method: "GET",
      path: jobPath(p.project, p.jobId),
      signal: p.signal,
      deadline: p.deadline
    },
    JobSchema
  );
}

// src/steps/format-status-change.ts
function formatStatusChange(change) {
  const what = `job ${change.job.id} ${JSON.stringify(change.job.name)}`;
  const moved = change.from === void 0 ? `is ${change.to}` : `${change.from} \u2192 ${change.to}`;
  return `[${formatDuration(change.elapsedMs)}] ${what}: ${moved}`;
}

// src/gitlab/jobs/settle-uncertain-post.ts
async function postJobAction(client, spec, schema, target, readBack) {
  let response;
  try {
    response = await sendRequest(client, {
      ...spec,
      method: "POST",
      expect: "json",
      jobId: target.jobId
    });
  } catch (error) {
    if (!(error instanceof OutcomeUnknownError)) throw error;
    const { project, jobId, signal, deadline } = target;
    const settled = await readBackQuietly(client, { project, jobId, signal, deadline }, readBack);
    if (settled !== void 0) return settled;
    throw error;
  }
  return validateResponse(schema, response.data, spec.operation, spec.route);
}
async function readBackQuietly(client, target, readBack) {
  await sleep(client.retry.readBackDelayMs, target.signal);
  try {
    return await readBack(target);
  } catch (error) {
    if (target.signal?.aborted) throw error;
    return void 0;
  }
}

export {
  sleep,
  InvalidInputError,
  createNetworkFetch,
  hasControlCharacter,
  REDACTED,
  TRANSIENT_STATUSES,
  JOBRELAY_VERSION,
  createStepClient,
  detectTokenType,
  STEP_COMMANDS,
  isStepCommand,
  STEP_INPUTS,
  inputsFor,
  encodeProjectId,
  formatDuration,
  variableEntries,
  RawInputsSchema,
  validateRawInputs,
  requireToken,
  MASK_MIN_LENGTH,
  parseStepInputs,
  resolveEnvironmentInputs,
  GitLabHttpError,
  ProjectRefParamSchema,
  IdParamSchema,
  VariablesParamSchema,
  CallOptionsEntries,
  ListOptionsEntries,
  parseParams,
  sendRequest,
  jobPath,
  pipelinePath,
  TimestampSchema,
  PipelineSchema,
  DownstreamPipelineSchema,
  UserSchema,
  JobBasicSchema,
  JobSchema,
  JobParamsSchema,
  CallOptionsSchema,
  validateResponse,
  requestEntity,
  getJob,
  postJobAction,
  STARTED_JOB_STATE,
  encodeStartedJob,
  decodeStartedJob,
  formatStatusChange
};
