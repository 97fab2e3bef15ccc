import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  DEFAULT_RETRY_POLICY,
  InvalidInputError,
  REDACTED,
  hasControlCharacter,
  redactSecrets
} from "./chunk-G7Q4FV4K.js";

// src/gitlab/client.ts
var DEFAULT_TIMEOUT_MS = 3e4;
var globalFetch = (input, init) => fetch(input, init);
function usesGlobalFetch(client) {
  return client.fetch === globalFetch;
}
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
  redact(text) {
    return redactSecrets(text, this.#secrets);
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

export {
  usesGlobalFetch,
  createClient,
  normaliseApiUrl
};
