import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  getJob
} from "./chunk-QGSHTDXK.js";
import {
  listPipelineJobs
} from "./chunk-Y7OLAJBQ.js";
import {
  InvalidInputError
} from "./chunk-5XAZSMCO.js";

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

export {
  nodeHttpGet,
  resolveTargetJob
};
