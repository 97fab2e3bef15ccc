import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  detectTokenType
} from "./chunk-ZDZOMQH2.js";
import {
  formatDuration
} from "./chunk-DROKWXGZ.js";
import {
  createClient
} from "./chunk-E3EP7K6C.js";
import {
  InvalidInputError,
  OutcomeUnknownError,
  sendRequest,
  sleep,
  validateResponse
} from "./chunk-G7Q4FV4K.js";
import {
  integer,
  minValue,
  number,
  pipe,
  safeParse,
  strictObject,
  string,
  union
} from "./chunk-HG77K7LZ.js";

// src/steps/create-network-fetch.ts
import { readFile } from "node:fs/promises";

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
  const tls = await import("node:tls");
  const getCACertificates = tls.getCACertificates;
  if (getCACertificates) return [...getCACertificates("default"), own];
  const extraFile = env.NODE_EXTRA_CA_CERTS?.trim();
  const extra = extraFile ? await readPem(extraFile, "NODE_EXTRA_CA_CERTS").catch(() => "") : "";
  return [...tls.rootCertificates, ...extra ? [extra] : [], own];
}
async function readPem(path, input) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = error.code;
    throw new InvalidInputError(
      input,
      JSON.stringify(path),
      `cannot be read${typeof code === "string" ? ` (${code})` : ""}`
    );
  }
  if (!text.includes("-----BEGIN CERTIFICATE-----")) {
    throw new InvalidInputError(
      input,
      JSON.stringify(path),
      "holds no PEM certificate (-----BEGIN CERTIFICATE-----)"
    );
  }
  return text;
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
    if (resolved.project && !given("pipeline") && given("name") && !given("job") && !given("ref")) {
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
  createNetworkFetch,
  JOBRELAY_VERSION,
  createStepClient,
  resolveEnvironmentInputs,
  postJobAction,
  STARTED_JOB_STATE,
  encodeStartedJob,
  decodeStartedJob,
  formatStatusChange
};
