import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  getJob
} from "./chunk-OBXJ5AND.js";
import {
  listPipelineJobs
} from "./chunk-YBZB3JSA.js";
import {
  GitLabHttpError,
  InvalidInputError,
  NetworkError,
  TimeoutError,
  backoffDelay,
  httpErrorFrom,
  networkErrorFrom
} from "./chunk-G7Q4FV4K.js";
import {
  JobRelayError
} from "./chunk-HG77K7LZ.js";

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

// src/gitlab/node/node-http-get.ts
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
async function nodeHttpGet(url, headers, options) {
  if (options.transport.dispatcher !== void 0) return undiciGet(url, headers, options);
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(url, {
      method: "GET",
      headers,
      agent: agentFor(url, options.transport.agent)
    });
    const onAbort = () => request.destroy(options.signal?.reason);
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    request.setTimeout(options.idleMs, () => request.destroy(options.onIdle()));
    request.once("close", () => options.signal?.removeEventListener("abort", onAbort));
    request.once("error", reject);
    request.once("response", (response) => {
      resolve({
        status: response.statusCode ?? 0,
        statusText: response.statusMessage ?? "",
        headers: headersOf(response.headers),
        body: response
      });
    });
    request.end();
  });
}
async function undiciGet(url, headers, options) {
  const undici = await import("./undici-4TDOCJNY.js");
  try {
    const answer = await undici.request(url, {
      method: "GET",
      headers,
      dispatcher: options.transport.dispatcher,
      signal: options.signal,
      headersTimeout: options.idleMs,
      bodyTimeout: options.idleMs
    });
    return {
      status: answer.statusCode,
      statusText: "",
      headers: headersOf(answer.headers),
      body: answer.body
    };
  } catch (error) {
    const code = error.code;
    if (code === "UND_ERR_HEADERS_TIMEOUT") throw options.onIdle();
    throw error;
  }
}
function agentFor(url, agent) {
  const protocol = agent?.protocol;
  return typeof protocol === "string" && protocol !== url.protocol ? void 0 : agent;
}
function headersOf(raw) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === void 0) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

// src/gitlab/node/node-download-parts.ts
var MAX_ERROR_BODY = 64 * 1024;
var InterruptedBodyError = class extends Error {
  constructor(written, cause) {
    super(`the body broke off after ${written} bytes`, { cause });
    this.written = written;
  }
};
async function nodeGet(client, target, headers, path, bounds) {
  const remaining = bounds.deadline === void 0 ? Infinity : bounds.deadline - Date.now();
  if (remaining <= 0) throw new TimeoutError("GET", path, 0);
  const idleMs = Math.min(client.timeoutMs, remaining);
  try {
    return await nodeHttpGet(target, headers, {
      transport: bounds.transport,
      idleMs,
      onIdle: () => new TimeoutError("GET", path, idleMs),
      ...bounds.signal ? { signal: bounds.signal } : {}
    });
  } catch (error) {
    if (bounds.signal?.aborted) throw bounds.signal.reason;
    if (error instanceof JobRelayError) throw error;
    throw networkErrorFrom((text) => client.redact(text), "GET", path, error);
  }
}
function copyBody(answer, file, hash, skip = 0) {
  const body = answer.body;
  const declared = Number(answer.headers.get("content-length") ?? Number.NaN);
  let toSkip = skip;
  let received = 0;
  let written = 0;
  return new Promise((resolve, reject) => {
    const fail = (error) => {
      cleanup();
      body.destroy();
      reject(new InterruptedBodyError(written, error));
    };
    const onData = (chunk) => {
      received += chunk.byteLength;
      let piece = chunk;
      if (toSkip > 0) {
        if (toSkip >= piece.byteLength) {
          toSkip -= piece.byteLength;
          return;
        }
        piece = piece.subarray(toSkip);
        toSkip = 0;
      }
      hash.update(piece);
      written += piece.byteLength;
      if (!file.write(piece)) {
        body.pause();
        file.once("drain", () => body.resume());
      }
    };
    const onEnd = () => {
      cleanup();
      if (Number.isFinite(declared) && received < declared) {
        reject(new InterruptedBodyError(written, new Error(`${received} of ${declared} bytes`)));
        return;
      }
      resolve(written);
    };
    const onAborted = () => fail(new Error("the connection closed mid-body"));
    const cleanup = () => {
      body.off("data", onData);
      body.off("end", onEnd);
      body.off("error", fail);
      body.off("aborted", onAborted);
      file.off("error", fail);
    };
    body.on("data", onData);
    body.once("end", onEnd);
    body.once("error", fail);
    body.once("aborted", onAborted);
    file.once("error", fail);
  });
}
function closeFile(file) {
  return new Promise((resolve, reject) => {
    file.once("error", reject);
    file.end(resolve);
  });
}
function downloadRetryDelay(client, error, attempt, deadline) {
  if (attempt > client.retry.limit) return void 0;
  let asked;
  if (error instanceof GitLabHttpError) {
    if (!client.retry.statusCodes.includes(error.status)) return void 0;
    asked = error.retryAfterMs;
    if (asked !== void 0 && asked > client.retry.maxRetryAfterMs) return void 0;
  } else if (!(error instanceof NetworkError) && !(error instanceof TimeoutError) && !(error instanceof InterruptedBodyError)) {
    return void 0;
  }
  const delay = asked ?? backoffDelay(client.retry, attempt);
  if (deadline !== void 0 && Date.now() + delay >= deadline) return void 0;
  return delay;
}
async function nodeHttpError(client, path, answer) {
  let body = "";
  try {
    for await (const chunk of answer.body) {
      body += String(chunk);
      if (body.length >= MAX_ERROR_BODY) {
        answer.body.destroy();
        break;
      }
    }
  } catch {
  }
  return httpErrorFrom(
    (text) => client.redact(text),
    "GET",
    path,
    answer,
    body.slice(0, MAX_ERROR_BODY)
  );
}
function finalDownloadError(error) {
  return error instanceof InterruptedBodyError && error.cause instanceof JobRelayError ? error.cause : error;
}

export {
  InterruptedBodyError,
  nodeGet,
  copyBody,
  closeFile,
  downloadRetryDelay,
  nodeHttpError,
  finalDownloadError,
  resolveTargetJob
};
