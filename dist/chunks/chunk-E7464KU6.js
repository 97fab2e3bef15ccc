import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto2 from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto2.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text2, addEOL = false) {
    this._buffer += text2;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text2, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text2);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text2, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text2, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text2, href) {
    const element = this.wrap("a", text2, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}

// src/gitlab/errors/jobrelay-error.ts
var ERROR_BRAND = /* @__PURE__ */ Symbol.for("jobrelay.error");
var JobRelayError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
    Object.defineProperty(this, ERROR_BRAND, { value: true, enumerable: false });
  }
  /** A plain, token-free description for JSON logs and serialised errors. */
  toJSON() {
    const own = {};
    for (const [key, value] of Object.entries(this)) own[key] = value;
    return { name: this.name, code: this.code, message: this.message, ...own };
  }
};
function isJobRelayError(error2) {
  return typeof error2 === "object" && error2 !== null && error2[ERROR_BRAND] === true && typeof error2.code === "string";
}

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
var DEFAULT_RETRY_POLICY = Object.freeze({
  limit: 4,
  statusCodes: Object.freeze([429, 500, 502, 503, 504]),
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
  const fetchFunction = options.fetch ?? ((input, init) => fetch(input, init));
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

// node_modules/valibot/dist/index.mjs
var store$4;
var DEFAULT_CONFIG = {
  lang: void 0,
  message: void 0,
  abortEarly: void 0,
  abortPipeEarly: void 0
};
// @__NO_SIDE_EFFECTS__
function getGlobalConfig(config$1) {
  if (!config$1 && !store$4) return DEFAULT_CONFIG;
  return {
    lang: config$1?.lang ?? store$4?.lang,
    message: config$1?.message,
    abortEarly: config$1?.abortEarly ?? store$4?.abortEarly,
    abortPipeEarly: config$1?.abortPipeEarly ?? store$4?.abortPipeEarly
  };
}
var store$3;
// @__NO_SIDE_EFFECTS__
function getGlobalMessage(lang) {
  return store$3?.get(lang);
}
var store$2;
// @__NO_SIDE_EFFECTS__
function getSchemaMessage(lang) {
  return store$2?.get(lang);
}
var store$1;
// @__NO_SIDE_EFFECTS__
function getSpecificMessage(reference, lang) {
  return store$1?.get(reference)?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function _stringify(input) {
  const type = typeof input;
  if (type === "string") return `"${input}"`;
  if (type === "number" || type === "bigint" || type === "boolean") return `${input}`;
  if (type === "object" || type === "function") return (input && Object.getPrototypeOf(input)?.constructor?.name) ?? "null";
  return type;
}
function _addIssue(context, label, dataset, config$1, other) {
  const input = other && "input" in other ? other.input : dataset.value;
  const expected = other?.expected ?? context.expects ?? null;
  const received = other?.received ?? /* @__PURE__ */ _stringify(input);
  const issue2 = {
    kind: context.kind,
    type: context.type,
    input,
    expected,
    received,
    message: `Invalid ${label}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
    requirement: context.requirement,
    path: other?.path,
    issues: other?.issues,
    lang: config$1.lang,
    abortEarly: config$1.abortEarly,
    abortPipeEarly: config$1.abortPipeEarly
  };
  const isSchema = context.kind === "schema";
  const message$1 = other?.message ?? context.message ?? /* @__PURE__ */ getSpecificMessage(context.reference, issue2.lang) ?? (isSchema ? /* @__PURE__ */ getSchemaMessage(issue2.lang) : null) ?? config$1.message ?? /* @__PURE__ */ getGlobalMessage(issue2.lang);
  if (message$1 !== void 0) issue2.message = typeof message$1 === "function" ? message$1(issue2) : message$1;
  if (isSchema) dataset.typed = false;
  if (dataset.issues) dataset.issues.push(issue2);
  else dataset.issues = [issue2];
}
// @__NO_SIDE_EFFECTS__
function _isValidObjectKey(object$1, key) {
  return Object.prototype.hasOwnProperty.call(object$1, key) && key !== "__proto__" && key !== "prototype" && key !== "constructor";
}
// @__NO_SIDE_EFFECTS__
function _joinExpects(values$1, separator) {
  const list = [...new Set(values$1)];
  if (list.length > 1) return `(${list.join(` ${separator} `)})`;
  return list[0] ?? "never";
}
function _standardSchema(schema) {
  schema["~standard"] = {
    version: 1,
    vendor: "valibot",
    validate: (value$1) => schema["~run"]({ value: value$1 }, /* @__PURE__ */ getGlobalConfig())
  };
  return schema;
}
var EMOJI_REGEX = new RegExp("^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation}))*)+$", "u");
var ISO_TIMESTAMP_REGEX = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;
// @__NO_SIDE_EFFECTS__
function check(requirement, message$1) {
  return {
    kind: "validation",
    type: "check",
    reference: check,
    async: false,
    expects: null,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function finite(message$1) {
  return {
    kind: "validation",
    type: "finite",
    reference: finite,
    async: false,
    expects: null,
    requirement: Number.isFinite,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "finite", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function integer(message$1) {
  return {
    kind: "validation",
    type: "integer",
    reference: integer,
    async: false,
    expects: null,
    requirement: Number.isInteger,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "integer", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function isoTimestamp(message$1) {
  return {
    kind: "validation",
    type: "iso_timestamp",
    reference: isoTimestamp,
    async: false,
    expects: null,
    requirement: ISO_TIMESTAMP_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "timestamp", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function maxLength(requirement, message$1) {
  return {
    kind: "validation",
    type: "max_length",
    reference: maxLength,
    async: false,
    expects: `<=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length > this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function maxValue(requirement, message$1) {
  return {
    kind: "validation",
    type: "max_value",
    reference: maxValue,
    async: false,
    expects: `<=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !(dataset.value <= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function minLength(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_length",
    reference: minLength,
    async: false,
    expects: `>=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length < this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function minValue(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_value",
    reference: minValue,
    async: false,
    expects: `>=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !(dataset.value >= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function nonEmpty(message$1) {
  return {
    kind: "validation",
    type: "non_empty",
    reference: nonEmpty,
    async: false,
    expects: "!0",
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length === 0) _addIssue(this, "length", dataset, config$1, { received: "0" });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function rawCheck(action) {
  return {
    kind: "validation",
    type: "raw_check",
    reference: rawCheck,
    async: false,
    expects: null,
    "~run"(dataset, config$1) {
      action({
        dataset,
        config: config$1,
        addIssue: (info2) => _addIssue(this, info2?.label ?? "input", dataset, config$1, info2)
      });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function rawTransform(action) {
  return {
    kind: "transformation",
    type: "raw_transform",
    reference: rawTransform,
    async: false,
    "~run"(dataset, config$1) {
      const output = action({
        dataset,
        config: config$1,
        addIssue: (info2) => _addIssue(this, info2?.label ?? "input", dataset, config$1, info2),
        NEVER: null
      });
      if (dataset.issues) dataset.typed = false;
      else dataset.value = output;
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function regex(requirement, message$1) {
  return {
    kind: "validation",
    type: "regex",
    reference: regex,
    async: false,
    expects: `${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "format", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function safeInteger(message$1) {
  return {
    kind: "validation",
    type: "safe_integer",
    reference: safeInteger,
    async: false,
    expects: null,
    requirement: Number.isSafeInteger,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "safe integer", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function transform(operation) {
  return {
    kind: "transformation",
    type: "transform",
    reference: transform,
    async: false,
    operation,
    "~run"(dataset) {
      dataset.value = this.operation(dataset.value);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function trim() {
  return {
    kind: "transformation",
    type: "trim",
    reference: trim,
    async: false,
    "~run"(dataset) {
      dataset.value = dataset.value.trim();
      return dataset;
    }
  };
}
var ABORT_EARLY_CONFIG = { abortEarly: true };
// @__NO_SIDE_EFFECTS__
function getFallback(schema, dataset, config$1) {
  return typeof schema.fallback === "function" ? schema.fallback(dataset, config$1) : schema.fallback;
}
// @__NO_SIDE_EFFECTS__
function getDefault(schema, dataset, config$1) {
  return typeof schema.default === "function" ? schema.default(dataset, config$1) : schema.default;
}
// @__NO_SIDE_EFFECTS__
function is(schema, input) {
  return !schema["~run"]({ value: input }, ABORT_EARLY_CONFIG).issues;
}
// @__NO_SIDE_EFFECTS__
function array(item, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "array",
    reference: array,
    expects: "Array",
    async: false,
    item,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (Array.isArray(input)) {
        dataset.typed = true;
        dataset.value = [];
        for (let key = 0; key < input.length; key++) {
          const value$1 = input[key];
          const itemDataset = this.item["~run"]({ value: value$1 }, config$1);
          if (itemDataset.issues) {
            const pathItem = {
              type: "array",
              origin: "value",
              input,
              key,
              value: value$1
            };
            for (const issue2 of itemDataset.issues) {
              if (issue2.path) issue2.path.unshift(pathItem);
              else issue2.path = [pathItem];
              dataset.issues?.push(issue2);
            }
            if (!dataset.issues) dataset.issues = itemDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!itemDataset.typed) dataset.typed = false;
          dataset.value.push(itemDataset.value);
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function boolean(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "boolean",
    reference: boolean,
    expects: "boolean",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "boolean") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function instance(class_, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "instance",
    reference: instance,
    expects: class_.name,
    async: false,
    class: class_,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.value instanceof this.class) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function looseObject(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "loose_object",
    reference: looseObject,
    expects: "Object",
    async: false,
    entries: entries$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
            const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1
              };
              for (const issue2 of valueDataset.issues) {
                if (issue2.path) issue2.path.unshift(pathItem);
                else issue2.path = [pathItem];
                dataset.issues?.push(issue2);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [{
                type: "object",
                origin: "key",
                input,
                key,
                value: input[key]
              }]
            });
            if (config$1.abortEarly) break;
          }
        }
        if (!dataset.issues || !config$1.abortEarly) {
          for (const key in input) if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)) dataset.value[key] = input[key];
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function nullable(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "nullable",
    reference: nullable,
    expects: `(${wrapped.expects} | null)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === null) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === null) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function number(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "number",
    reference: number,
    expects: "number",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "number" && !isNaN(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function object(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "object",
    reference: object,
    expects: "Object",
    async: false,
    entries: entries$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
            const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1
              };
              for (const issue2 of valueDataset.issues) {
                if (issue2.path) issue2.path.unshift(pathItem);
                else issue2.path = [pathItem];
                dataset.issues?.push(issue2);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [{
                type: "object",
                origin: "key",
                input,
                key,
                value: input[key]
              }]
            });
            if (config$1.abortEarly) break;
          }
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function optional(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "optional",
    reference: optional,
    expects: `(${wrapped.expects} | undefined)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === void 0) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function picklist(options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "picklist",
    reference: picklist,
    expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
    async: false,
    options,
    message: message$1,
    "~run"(dataset, config$1) {
      if (this.options.includes(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function record(key, value$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "record",
    reference: record,
    expects: "Object",
    async: false,
    key,
    value: value$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const entryKey in input) if (/* @__PURE__ */ _isValidObjectKey(input, entryKey)) {
          const entryValue = input[entryKey];
          const keyDataset = this.key["~run"]({ value: entryKey }, config$1);
          if (keyDataset.issues) {
            const pathItem = {
              type: "object",
              origin: "key",
              input,
              key: entryKey,
              value: entryValue
            };
            for (const issue2 of keyDataset.issues) {
              issue2.path = [pathItem];
              dataset.issues?.push(issue2);
            }
            if (!dataset.issues) dataset.issues = keyDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          const valueDataset = this.value["~run"]({ value: entryValue }, config$1);
          if (valueDataset.issues) {
            const pathItem = {
              type: "object",
              origin: "value",
              input,
              key: entryKey,
              value: entryValue
            };
            for (const issue2 of valueDataset.issues) {
              if (issue2.path) issue2.path.unshift(pathItem);
              else issue2.path = [pathItem];
              dataset.issues?.push(issue2);
            }
            if (!dataset.issues) dataset.issues = valueDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
          if (keyDataset.typed) dataset.value[keyDataset.value] = valueDataset.value;
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function strictObject(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "strict_object",
    reference: strictObject,
    expects: "Object",
    async: false,
    entries: entries$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
            const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1
              };
              for (const issue2 of valueDataset.issues) {
                if (issue2.path) issue2.path.unshift(pathItem);
                else issue2.path = [pathItem];
                dataset.issues?.push(issue2);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [{
                type: "object",
                origin: "key",
                input,
                key,
                value: input[key]
              }]
            });
            if (config$1.abortEarly) break;
          }
        }
        if (!dataset.issues || !config$1.abortEarly) {
          for (const key in input) if (!Object.prototype.hasOwnProperty.call(this.entries, key)) {
            _addIssue(this, "key", dataset, config$1, {
              input: key,
              expected: "never",
              path: [{
                type: "object",
                origin: "key",
                input,
                key,
                value: input[key]
              }]
            });
            break;
          }
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function string(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "string",
    reference: string,
    expects: "string",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "string") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function _subIssues(datasets) {
  let issues;
  if (datasets) for (const dataset of datasets) if (issues) for (const issue2 of dataset.issues) issues.push(issue2);
  else issues = dataset.issues;
  return issues;
}
// @__NO_SIDE_EFFECTS__
function union(options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "union",
    reference: union,
    expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "|"),
    async: false,
    options,
    message: message$1,
    "~run"(dataset, config$1) {
      let validDataset;
      let typedDatasets;
      let untypedDatasets;
      for (const schema of this.options) {
        const optionDataset = schema["~run"]({ value: dataset.value }, config$1);
        if (optionDataset.typed) if (optionDataset.issues) if (typedDatasets) typedDatasets.push(optionDataset);
        else typedDatasets = [optionDataset];
        else {
          validDataset = optionDataset;
          break;
        }
        else if (untypedDatasets) untypedDatasets.push(optionDataset);
        else untypedDatasets = [optionDataset];
      }
      if (validDataset) return validDataset;
      if (typedDatasets) {
        if (typedDatasets.length === 1) return typedDatasets[0];
        _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(typedDatasets) });
        dataset.typed = true;
      } else if (untypedDatasets?.length === 1) return untypedDatasets[0];
      else _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(untypedDatasets) });
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _standardSchema({
    kind: "schema",
    type: "unknown",
    reference: unknown,
    expects: "unknown",
    async: false,
    "~run"(dataset) {
      dataset.typed = true;
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function pipe(...pipe$1) {
  return _standardSchema({
    ...pipe$1[0],
    pipe: pipe$1,
    "~run"(dataset, config$1) {
      for (const item of pipe$1) if (item.kind !== "metadata") {
        if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
          dataset.typed = false;
          break;
        }
        if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = item["~run"](dataset, config$1);
      }
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function safeParse(schema, input, config$1) {
  const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
  return {
    typed: dataset.typed,
    success: !dataset.issues,
    output: dataset.value,
    issues: dataset.issues
  };
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

// src/steps/parse-variables.ts
function parseVariables(value) {
  const variables2 = [];
  const lines = value.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const equals = line.indexOf("=");
    const key = (equals < 0 ? line : line.slice(0, equals)).trim();
    if (equals < 0) return `line ${index + 1} must be KEY=VALUE`;
    if (!/^[A-Za-z0-9_]+$/.test(key) || key.length > 255) {
      return `line ${index + 1}: a variable key may hold only letters, digits and underscores (at most 255)`;
    }
    if (variables2.some((variable) => variable.key === key))
      return `line ${index + 1}: ${key} is given twice`;
    variables2.push({ key, value: line.slice(equals + 1) });
  }
  return variables2;
}

// src/steps/step-command.ts
var STEP_COMMANDS = [
  "wait-for-job",
  "trigger-manual-job",
  "fetch-trace-artifact"
];

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
      } catch (error2) {
        addIssue({
          message: error2 instanceof InvalidInputError ? error2.reason : "is not an absolute URL (e.g. https://gitlab.com)"
        });
      }
    })
  ),
  token: text,
  "token-type": picklist(
    ["auto", "private", "job", "oauth"],
    "must be auto, private, job or oauth"
  ),
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
    description: "CI/CD variables for the played job, one KEY=VALUE per line (CLI: --var KEY=VALUE, repeatable); values of 8 characters or more are masked in the log, as GitLab masks variables.",
    commands: ["trigger-manual-job"],
    cliRepeatable: "var",
    secret: true
  },
  {
    name: "masked-variables",
    default: "",
    description: "More variables for the played job, as variables, each value masked in the log whatever its length (CLI: --mask-var KEY=VALUE, repeatable).",
    commands: ["trigger-manual-job"],
    cliRepeatable: "mask-var",
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
  const name = String(first.path?.[0]?.key ?? "inputs");
  const issue2 = deepestIssue(first);
  throw new InvalidInputError(name, shownValue(name, withDefaults[name] ?? ""), reasonOf(issue2));
}
function deepestIssue(issue2) {
  const inner = issue2.issues?.[issue2.issues.length - 1];
  return issue2.type === "union" && inner ? deepestIssue(inner) : issue2;
}
function reasonOf(issue2) {
  return /^Invalid \w+: Expected /.test(issue2.message) ? "is not valid" : issue2.message;
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

// src/steps/format-status-change.ts
function formatStatusChange(change) {
  const what = `job ${change.job.id} ${JSON.stringify(change.job.name)}`;
  const moved = change.from === void 0 ? `is ${change.to}` : `${change.from} \u2192 ${change.to}`;
  return `[${formatDuration(change.elapsedMs)}] ${what}: ${moved}`;
}

// src/steps/render-summary-markdown.ts
var ICONS = {
  success: "\u2705",
  failed: "\u274C",
  "timed-out": "\u23F1\uFE0F"
};
function renderSummaryMarkdown(summary2) {
  const { job } = summary2;
  const rows = [
    ["Job", `[#${job.id} ${escapeMarkdown(job.name)}](${encodeURI(job.webUrl)})`],
    ["Status", `\`${job.status}\``],
    ["Duration", job.durationSeconds === null ? "\u2014" : `${Math.round(job.durationSeconds)} s`]
  ];
  if (job.failureReason) rows.push(["Failure reason", `\`${escapeMarkdown(job.failureReason)}\``]);
  for (const [label, value] of summary2.details) rows.push([label, escapeMarkdown(value)]);
  const lines = [
    `### ${ICONS[summary2.outcome]} ${summary2.command}: ${escapeMarkdown(summary2.headline)}`,
    "",
    "| | |",
    "| --- | --- |",
    ...rows.map(([label, value]) => `| ${label} | ${value} |`),
    ""
  ];
  if (summary2.logTail.length > 0) {
    const body = summary2.logTail.join("\n");
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(Math.max(3, longest + 1));
    lines.push(
      `<details><summary>Last ${summary2.logTail.length} lines of the log</summary>`,
      "",
      `${fence}text`,
      body,
      fence,
      "",
      "</details>",
      ""
    );
  }
  return lines.join("\n");
}
function escapeMarkdown(text2) {
  return text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_{}[\]()#+!|~]/g, (char) => `\\${char}`).replace(/\r?\n/g, " ");
}

// src/action/untrusted-log-writer.ts
function createUntrustedLogWriter(write, newToken = randomToken) {
  let stoppedWith;
  let atLineStart = true;
  const out = (text2) => {
    if (!text2) return;
    write(text2);
    atLineStart = text2.endsWith("\n");
  };
  return {
    text(text2) {
      if (!text2) return;
      if (stoppedWith === void 0) {
        stoppedWith = newToken();
        if (!atLineStart) out("\n");
        out(`::stop-commands::${stoppedWith}
`);
      }
      out(text2);
    },
    resume() {
      if (stoppedWith === void 0) return;
      if (!atLineStart) out("\n");
      out(`::${stoppedWith}::
`);
      stoppedWith = void 0;
    }
  };
}
function randomToken() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

// src/action/actions-reporter.ts
function createActionsReporter(write = (text2) => process.stdout.write(text2)) {
  const remote = createUntrustedLogWriter(write);
  const masked = /* @__PURE__ */ new Set();
  const own = (action) => {
    return (...args) => {
      remote.resume();
      action(...args);
    };
  };
  return {
    info: own((message) => info(message)),
    warning: own((message) => warning(message)),
    startGroup: own((title) => startGroup(title)),
    endGroup: own(() => endGroup()),
    remoteLog: (text2) => remote.text(text2),
    statusChange: own((change) => info(formatStatusChange(change))),
    setOutput: own((name, value) => setOutput(name, value)),
    async summary(summary2) {
      remote.resume();
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await summary.addRaw(renderSummaryMarkdown(summary2), true).write();
    },
    annotation: own((level, message, title) => {
      const properties = title ? { title } : {};
      if (level === "error") error(message, properties);
      else if (level === "warning") warning(message, properties);
      else notice(message, properties);
    }),
    setSecret: own((value) => {
      if (!value || masked.has(value)) return;
      masked.add(value);
      setSecret(value);
    }),
    saveState: own((name, value) => saveState(name, value))
  };
}

// src/action/read-action-inputs.ts
function readActionInputs() {
  const raw = {};
  for (const input of inputsFor("action")) {
    raw[input.name] = getInput(input.name, { trimWhitespace: input.name !== "variables" });
  }
  return raw;
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

// src/gitlab/schemas/job-status.ts
var JOB_STATUSES = [
  "created",
  "waiting_for_resource",
  "preparing",
  "waiting_for_callback",
  "pending",
  "running",
  "success",
  "failed",
  "canceling",
  "canceled",
  "skipped",
  "manual",
  "scheduled"
];
var JobStatusSchema = picklist(JOB_STATUSES);
var FINISHED_JOB_STATUSES = [
  "success",
  "failed",
  "canceled",
  "skipped"
];
var BLOCKED_JOB_STATUSES = ["manual", "scheduled"];
function isFinishedStatus(status) {
  return FINISHED_JOB_STATUSES.includes(status);
}
function isBlockedStatus(status) {
  return BLOCKED_JOB_STATUSES.includes(status);
}

// src/gitlab/issue-path.ts
function issuePath(issue2) {
  let path = "";
  for (const item of issue2.path ?? []) {
    path += typeof item.key === "number" ? `[${item.key}]` : `${path ? "." : ""}${String(item.key)}`;
  }
  return path;
}

// src/gitlab/params/parse-params.ts
var SECRET_FIELD = /(^|\.)(value|token)$|^variables\.[^.[\]]+$/;
function parseParams(schema, params, operation) {
  const result = safeParse(schema, params ?? {});
  if (result.success) return result.output;
  const issue2 = deepestIssue2(result.issues[0]);
  const field = issuePath(issue2) || "params";
  const value = SECRET_FIELD.test(field) ? REDACTED : describe(issue2.input);
  throw new InvalidInputError(field, value, `${issue2.message} (in ${operation})`);
}
function deepestIssue2(issue2) {
  if (issue2.type === "union" && issue2.issues?.length) {
    const withPath = issue2.issues.filter(
      (inner) => (inner.path?.length ?? 0) > (issue2.path?.length ?? 0)
    );
    if (withPath.length > 0 && withPath[0]) return deepestIssue2(withPath[0]);
  }
  return issue2;
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

// src/gitlab/schemas/job-scope.ts
var JOB_SCOPES = JOB_STATUSES;
var JobScopeSchema = picklist(JOB_SCOPES);

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
  union([number(), pipe(string(), regex(/^\d+$/))], "must be a positive integer id"),
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
var DeadlineParamSchema = pipe(number("must be epoch milliseconds"), finite());
var VariableKeySchema = pipe(
  string("a variable key must be a string"),
  regex(/^[A-Za-z0-9_]+$/, "a variable key may hold only letters, digits and underscores"),
  maxLength(255, "a variable key is at most 255 characters")
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
    const reason = cause instanceof Error ? cause.message : String(cause);
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
    const reason = cause instanceof Error ? cause.message : String(cause);
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
        } catch (error2) {
          settle();
          reader.cancel(error2).catch(() => void 0);
          controller.error(error2);
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
var NOT_SENT_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT"
]);
var UNCERTAIN_POST_STATUSES = /* @__PURE__ */ new Set([500, 502, 503, 504]);
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
    } catch (error2) {
      if (!(error2 instanceof JobRelayError)) throw error2;
      outcome = classifyThrown(error2, isPost);
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
    throw networkError(redactFor(client, spec), spec.method, shownPath, cause);
  };
  try {
    let response;
    try {
      response = await fetchFollowingSameOrigin(client, spec, url, controller.signal);
    } catch (error3) {
      if (error3 instanceof GitLabHttpError) throw error3;
      return fail(error3);
    }
    if (response.ok) {
      if (spec.expect === "stream") {
        streaming = true;
        if (!spec.signal || !response.body) {
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
      } catch (error3) {
        return fail(error3);
      }
      try {
        return { kind: "ok", response: toApiResponse(response, JSON.parse(text2)) };
      } catch {
        const error3 = new ResponseValidationError(spec.operation, spec.route, [
          { field: "", message: `the body is not valid JSON (${text2.length} bytes received)` }
        ]);
        return { kind: "failed", error: error3, retryable: !isPost, uncertain: isPost };
      }
    }
    const error2 = await httpError(redactFor(client, spec), spec.method, shownPath, response);
    const retryable = client.retry.statusCodes.includes(response.status);
    if (isPost) {
      if (response.status === 429)
        return { kind: "failed", error: error2, retryable: true, uncertain: false };
      return {
        kind: "failed",
        error: error2,
        retryable: false,
        uncertain: UNCERTAIN_POST_STATUSES.has(response.status)
      };
    }
    return { kind: "failed", error: error2, retryable, uncertain: false };
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
  const fallback = response.statusText || `HTTP ${response.status}`;
  const contentType = response.headers.get("content-type");
  return new GitLabHttpError({
    status: response.status,
    statusText: response.statusText,
    method,
    path,
    gitlabMessage: redact(readGitLabMessage(body, contentType, fallback)),
    body: redact(body),
    contentType,
    retryAfterMs: response.status === 429 || response.status === 503 ? requestedDelay(response.headers) : void 0
  });
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
function networkError(redact, method, path, cause) {
  const code = errorCode(cause);
  const notSent = code !== void 0 && NOT_SENT_CODES.has(code);
  const base = cause instanceof Error ? cause.message : String(cause);
  const reason = code && !base.includes(code) ? `${base} (${code})` : base;
  return new NetworkError(method, path, notSent, new Error(redact(reason), { cause }));
}
function errorCode(error2, depth = 0) {
  if (typeof error2 !== "object" || error2 === null || depth > 4) return void 0;
  const record2 = error2;
  if (typeof record2.code === "string" && record2.code !== "UND_ERR_SOCKET") return record2.code;
  const fromCause = errorCode(record2.cause, depth + 1);
  if (fromCause) return fromCause;
  if (Array.isArray(record2.errors)) {
    const codes = record2.errors.map((inner) => errorCode(inner, depth + 1));
    if (codes.length > 0 && codes.every((c) => c && NOT_SENT_CODES.has(c))) return codes[0];
    return codes.find(Boolean);
  }
  return typeof record2.code === "string" ? record2.code : void 0;
}
function classifyThrown(error2, isPost) {
  const transient = error2 instanceof TimeoutError || error2 instanceof NetworkError;
  if (!transient) return { kind: "failed", error: error2, retryable: false, uncertain: false };
  if (!isPost) return { kind: "failed", error: error2, retryable: true, uncertain: false };
  const notSent = error2 instanceof NetworkError && error2.notSent;
  return { kind: "failed", error: error2, retryable: notSent, uncertain: !notSent };
}

// src/gitlab/validate-response.ts
function validateResponse(schema, data, operation, route) {
  const result = safeParse(schema, data);
  if (result.success) return result.output;
  throw new ResponseValidationError(
    operation,
    route,
    result.issues.slice(0, 10).map((issue2) => ({ field: issuePath(issue2), message: issue2.message }))
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
  } catch (error2) {
    if (!(error2 instanceof OutcomeUnknownError)) throw error2;
    const { project, jobId, signal, deadline } = target;
    const settled = await readBackQuietly(client, { project, jobId, signal, deadline }, readBack);
    if (settled !== void 0) return settled;
    throw error2;
  }
  return validateResponse(schema, response.data, spec.operation, spec.route);
}
async function readBackQuietly(client, target, readBack) {
  await sleep(client.retry.readBackDelayMs, target.signal);
  try {
    return await readBack(target);
  } catch (error2) {
    if (target.signal?.aborted) throw error2;
    return void 0;
  }
}

export {
  ExitCode,
  setOutput,
  setFailed,
  getState,
  isJobRelayError,
  sleep,
  InvalidInputError,
  createStepClient,
  detectTokenType,
  STEP_INPUTS,
  minValue,
  safeInteger,
  is,
  array,
  boolean,
  looseObject,
  nullable,
  number,
  optional,
  strictObject,
  union,
  pipe,
  formatDuration,
  parseStepInputs,
  resolveEnvironmentInputs,
  isFinishedStatus,
  isBlockedStatus,
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
  PipelineSchema,
  DownstreamPipelineSchema,
  JobBasicSchema,
  JobSchema,
  JobParamsSchema,
  validateResponse,
  getJob,
  postJobAction,
  STARTED_JOB_STATE,
  encodeStartedJob,
  decodeStartedJob,
  createActionsReporter,
  readActionInputs
};
