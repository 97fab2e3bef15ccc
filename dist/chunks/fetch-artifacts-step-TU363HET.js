import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
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
import "./chunk-OBXJ5AND.js";
import {
  withoutCredentialHeaders
} from "./chunk-EMNIVUNS.js";
import {
  usesGlobalFetch
} from "./chunk-E3EP7K6C.js";
import {
  bodyLength,
  wallDeadline
} from "./chunk-YBZB3JSA.js";
import {
  CallOptionsEntries,
  GitLabHttpError,
  IdParamSchema,
  ProjectRefParamSchema,
  encodeProjectId,
  parseParams,
  sendRequest,
  sleep
} from "./chunk-G7Q4FV4K.js";
import {
  check,
  errorMessage,
  nonEmpty,
  pipe,
  strictObject,
  string,
  union
} from "./chunk-HG77K7LZ.js";
import "./chunk-7QHSCVNK.js";

// src/steps/fetch-artifacts-step.ts
import { resolve } from "node:path";

// src/gitlab/node/write-job-artifacts-to-file.ts
import { randomBytes } from "node:crypto";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

// src/gitlab/artifacts/artifacts-params.ts
var RefSchema = pipe(
  string("must be a branch or tag name"),
  nonEmpty("must be a branch or tag name")
);
var JobNameSchema = pipe(string("must be a job name"), nonEmpty("must be a job name"));
var ArtifactPathSchema = pipe(
  string("must be a path inside the archive, such as dist/app.js"),
  nonEmpty("must be a path inside the archive, such as dist/app.js"),
  check(
    (path) => !path.includes("\0") && path.split("/").every((s) => s !== ".." && s !== "."),
    "must be a path inside the archive without . or .. segments or NUL bytes"
  )
);
var JOB_ENTRIES = { project: ProjectRefParamSchema, jobId: IdParamSchema };
var REF_ENTRIES = { project: ProjectRefParamSchema, ref: RefSchema, job: JobNameSchema };
var OpenJobArtifactsParamsSchema = union(
  [
    strictObject({ ...JOB_ENTRIES, ...CallOptionsEntries }),
    strictObject({ ...REF_ENTRIES, ...CallOptionsEntries })
  ],
  "give { project, jobId } or { project, ref, job }"
);
var OpenArtifactFileParamsSchema = union(
  [
    strictObject({ ...JOB_ENTRIES, path: ArtifactPathSchema, ...CallOptionsEntries }),
    strictObject({ ...REF_ENTRIES, path: ArtifactPathSchema, ...CallOptionsEntries })
  ],
  "give { project, jobId, path } or { project, ref, job, path }"
);

// src/gitlab/artifacts/artifacts-route.ts
function artifactsRoute(selector) {
  const project = `projects/${encodeProjectId(selector.project)}/jobs`;
  const file = selector.path?.split("/").map(encodeURIComponent).join("/");
  if ("jobId" in selector) {
    return file === void 0 ? {
      route: "GET /projects/:id/jobs/:job_id/artifacts",
      path: `${project}/${selector.jobId}/artifacts`
    } : {
      route: "GET /projects/:id/jobs/:job_id/artifacts/*artifact_path",
      path: `${project}/${selector.jobId}/artifacts/${file}`
    };
  }
  const ref = `${project}/artifacts/${encodeURIComponent(selector.ref)}`;
  const query = new URLSearchParams({ job: selector.job });
  return file === void 0 ? {
    route: "GET /projects/:id/jobs/artifacts/:ref_name/download",
    path: `${ref}/download`,
    query
  } : {
    route: "GET /projects/:id/jobs/artifacts/:ref_name/raw/*artifact_path",
    path: `${ref}/raw/${file}`,
    query
  };
}

// src/gitlab/artifacts/content-disposition-filename.ts
function contentDispositionFilename(header) {
  if (!header) return void 0;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)'[^']*'([^;\s]+)/.exec(header)?.[1];
  let name;
  if (extended !== void 0) {
    try {
      name = decodeURIComponent(extended);
    } catch {
      name = void 0;
    }
  }
  if (name === void 0) {
    const match = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/.exec(header);
    name = match?.[1]?.replace(/\\(.)/g, "$1") ?? match?.[2];
  }
  const base = name?.split(/[/\\]/).pop();
  return base && base !== "." && base !== ".." ? base : void 0;
}

// src/gitlab/artifacts/artifact-redirect-client.ts
var MAX_ARTIFACT_REDIRECTS = 3;
function artifactRedirectClient(client) {
  if (client.redirects === "none") return client;
  const home = new URL(client.apiUrl);
  const fetchFollowing = async (input, init = {}) => {
    let target = new URL(input instanceof Request ? input.url : String(input));
    let headers = new Headers(init.headers);
    let response = await client.fetch(target.href, { ...init, redirect: "manual" });
    for (let hop = 0; ; hop++) {
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || !location) return response;
      const next = new URL(location, target);
      const shown = `${next.origin}${next.pathname}`;
      const problem = hop >= MAX_ARTIFACT_REDIRECTS ? `redirected more than ${MAX_ARTIFACT_REDIRECTS} times (last to ${shown})` : next.protocol === "https:" || next.protocol === "http:" && home.protocol === "http:" ? void 0 : `redirected to ${shown}; an artifact download follows only https redirects`;
      if (problem) {
        await response.body?.cancel();
        throw new GitLabHttpError({
          status: response.status,
          statusText: response.statusText,
          method: "GET",
          path: `${target.pathname}${target.search}`,
          gitlabMessage: client.redact(problem)
        });
      }
      await response.body?.cancel();
      if (next.origin !== home.origin) headers = withoutCredentialHeaders(headers);
      target = next;
      response = await client.fetch(target.href, {
        method: "GET",
        headers,
        signal: init.signal ?? null,
        redirect: "manual",
        credentials: "omit"
      });
    }
  };
  return {
    apiUrl: client.apiUrl,
    tokenType: client.tokenType,
    timeoutMs: client.timeoutMs,
    retry: client.retry,
    redirects: client.redirects,
    fetch: fetchFollowing,
    authHeaders: () => client.authHeaders(),
    redact: (text) => client.redact(text),
    addSecret: (secret) => client.addSecret(secret)
  };
}

// src/gitlab/artifacts/open-artifacts-download.ts
async function openArtifactsDownload(client, selector, options) {
  const { route, path, query } = artifactsRoute(selector);
  const { response } = await sendRequest(artifactRedirectClient(client), {
    operation: options.operation,
    route,
    method: "GET",
    path,
    ...query ? { query } : {},
    headers: options.headers ?? {},
    expect: "stream",
    signal: options.signal,
    deadline: options.deadline
  });
  const fallback = selector.path?.split("/").pop() ?? "artifacts.zip";
  return {
    status: response.status,
    headers: response.headers,
    length: bodyLength(response.headers),
    filename: contentDispositionFilename(response.headers.get("content-disposition")) ?? fallback,
    body: response.body ?? new ReadableStream({ start: (controller) => controller.close() })
  };
}

// src/gitlab/node/download-artifacts.ts
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
var MAX_REDIRECTS = 3;
async function downloadArtifacts(client, params) {
  let file = createWriteStream(params.path, { flags: "w" });
  let hash = createHash("sha256");
  let bytes = 0;
  let contentDisposition = null;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const answer = await openFollowingRedirects(client, bytes, params);
        if (bytes > 0 && !(answer.status === 206 && rangeStart(answer.headers) === bytes)) {
          await closeFile(file);
          file = createWriteStream(params.path, { flags: "w" });
          hash = createHash("sha256");
          bytes = 0;
        }
        contentDisposition ??= answer.headers.get("content-disposition");
        bytes += await copyBody(answer, file, hash);
        break;
      } catch (error) {
        if (error instanceof InterruptedBodyError) bytes += error.written;
        if (params.signal?.aborted) throw params.signal.reason;
        const delay = downloadRetryDelay(client, error, attempt, params.deadline);
        if (delay === void 0) throw finalDownloadError(error);
        await sleep(delay, params.signal);
      }
    }
    await closeFile(file);
  } catch (error) {
    file.destroy();
    throw error;
  }
  return { bytes, sha256: hash.digest("hex"), contentDisposition };
}
async function openFollowingRedirects(client, from, params) {
  const home = new URL(client.apiUrl);
  let headers = new Headers({ Accept: "*/*", ...client.authHeaders() });
  if (from > 0) headers.set("Range", `bytes=${from}-`);
  let target = params.url;
  for (let hop = 0; ; hop++) {
    const path = `${target.pathname}${target.origin === home.origin ? target.search : ""}`;
    const answer = await nodeGet(client, target, Object.fromEntries(headers), path, params);
    const { status } = answer;
    if (status >= 200 && status < 300) return answer;
    const location = answer.headers.get("location");
    if (status >= 300 && status < 400 && location) {
      answer.body.resume();
      const next = new URL(location, target);
      const shown = `${next.origin}${next.pathname}`;
      const secure = next.protocol === "https:" || next.protocol === "http:" && home.protocol === "http:";
      const problem = client.redirects === "none" ? `redirected to ${shown}; this client follows no redirect` : hop >= MAX_REDIRECTS ? `redirected more than ${MAX_REDIRECTS} times (last to ${shown})` : secure ? void 0 : `redirected to ${shown}; an artifact download follows only https redirects`;
      if (problem) {
        throw new GitLabHttpError({
          status,
          statusText: answer.statusText,
          method: "GET",
          path,
          gitlabMessage: client.redact(problem)
        });
      }
      if (next.origin !== home.origin) headers = withoutCredentialHeaders(headers);
      target = next;
      continue;
    }
    throw await nodeHttpError(client, path, answer);
  }
}
function rangeStart(headers) {
  const start = /^bytes (\d+)-/.exec(headers.get("content-range") ?? "")?.[1];
  return start === void 0 ? void 0 : Number(start);
}

// src/gitlab/node/write-web-stream-to-file.ts
import { createHash as createHash2 } from "node:crypto";
import { createWriteStream as createWriteStream2 } from "node:fs";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
async function writeWebStreamToFile(stream, path, options = {}) {
  const hash = createHash2("sha256");
  let bytes = 0;
  const meter = new Transform({
    transform(chunk, _encoding, callback) {
      hash.update(chunk);
      bytes += chunk.byteLength;
      callback(null, chunk);
    }
  });
  await pipeline(
    Readable.fromWeb(stream),
    meter,
    createWriteStream2(path, { flags: options.mode === "append" ? "a" : "w" }),
    ...options.signal ? [{ signal: options.signal }] : []
  );
  return { bytes, sha256: hash.digest("hex") };
}

// src/gitlab/node/write-job-artifacts-to-file.ts
var PathSchema = pipe(
  string("must be the path of the file to write"),
  nonEmpty("must be the path of the file to write")
);
async function writeJobArtifactsToFile(client, params) {
  const { path: target, agent, dispatcher, ...rest } = params;
  const path = parseParams(PathSchema, target, "writeJobArtifactsToFile");
  const { artifactPath, ...selectorParams } = rest;
  const { signal, deadline, ...chosen } = artifactPath === void 0 ? parseParams(OpenJobArtifactsParamsSchema, selectorParams, "writeJobArtifactsToFile") : parseParams(
    OpenArtifactFileParamsSchema,
    { ...selectorParams, path: artifactPath },
    "writeJobArtifactsToFile"
  );
  const selector = chosen;
  const fallback = selector.path?.split("/").pop() ?? "artifacts.zip";
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${randomBytes(6).toString("hex")}.part`
  );
  try {
    const nodeStack = agent !== void 0 || dispatcher !== void 0 || usesGlobalFetch(client);
    let written;
    if (nodeStack) {
      const { path: apiPath, query } = artifactsRoute(selector);
      const url = new URL(apiPath, client.apiUrl);
      if (query) url.search = query.toString();
      const done = await downloadArtifacts(client, {
        url,
        path: temporary,
        signal,
        deadline,
        transport: { agent, dispatcher }
      });
      const filename = contentDispositionFilename(done.contentDisposition) ?? fallback;
      written = { bytes: done.bytes, sha256: done.sha256, filename };
    } else {
      written = await writeThroughFetch(client, selector, temporary, signal, deadline);
    }
    await rename(temporary, path);
    return { path, ...written };
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
async function writeThroughFetch(client, selector, path, signal, deadline) {
  const opened = await openArtifactsDownload(client, selector, {
    operation: "writeJobArtifactsToFile",
    signal,
    deadline
  });
  const written = await writeWebStreamToFile(opened.body, path, { signal });
  return { ...written, filename: opened.filename };
}

// src/steps/fetch-artifacts-step.ts
var COMMAND = "fetch-artifacts";
async function runFetchArtifacts(context, inputs) {
  const { client, reporter, signal } = context;
  const deadline = wallDeadline(context, inputs.timeoutMs);
  const job = inputs.ref === void 0 ? await resolveTargetJob(client, inputs, { signal, deadline }) : void 0;
  const selector = job ? { project: inputs.project, jobId: job.id } : { project: inputs.project, ref: inputs.ref, job: inputs.name };
  const what = `${inputs.artifactPath ? `${JSON.stringify(inputs.artifactPath)} of ` : ""}the artifacts of ${describeJob(job, inputs)}`;
  const path = resolve(inputs.output);
  reporter.info(`Writing ${what} to ${path}`);
  const written = await writeJobArtifactsToFile(client, {
    ...selector,
    ...inputs.artifactPath ? { artifactPath: inputs.artifactPath } : {},
    path,
    signal,
    deadline
  });
  reporter.info(`Wrote ${written.bytes} bytes to ${written.path} (sha256 ${written.sha256})`);
  const outputs = {
    status: job?.status ?? "",
    "job-id": job ? String(job.id) : "",
    "web-url": job?.web_url ?? "",
    "timed-out": "false",
    path: written.path,
    bytes: String(written.bytes),
    sha256: written.sha256,
    "extracted-path": "",
    "extracted-files": ""
  };
  const details = [
    ["File", written.path],
    ["Bytes", String(written.bytes)],
    ["SHA-256", written.sha256]
  ];
  let outcome = "success";
  let message = `Saved ${what}: ${written.bytes} bytes`;
  if (inputs.extract) {
    const { extractZipArchive } = await import("./extract-zip-archive-FJR642XB.js");
    const extracted = await extractZipArchive(written.path, inputs.extract);
    if (extracted.kind === "refused") {
      outcome = "failed";
      message = `Refused to extract ${written.path}: entry ${JSON.stringify(extracted.entry)} ${extracted.reason}; ${extracted.written === 0 ? "nothing was extracted" : `${extracted.written} files were extracted before it`}`;
    } else {
      outputs["extracted-path"] = extracted.folder;
      outputs["extracted-files"] = String(extracted.files);
      details.push(["Extracted to", extracted.folder], ["Files", String(extracted.files)]);
      message += `; extracted ${extracted.files} files to ${extracted.folder}`;
      reporter.info(`Extracted ${extracted.files} files to ${extracted.folder}`);
    }
  }
  for (const [name, value] of Object.entries(outputs)) {
    reporter.setOutput(name, value ?? "");
  }
  if (outcome !== "success") reporter.annotation("error", message, "Artifacts not extracted");
  try {
    await reporter.summary({
      command: COMMAND,
      outcome,
      headline: message,
      job: job ? {
        id: job.id,
        name: job.name,
        status: job.status,
        webUrl: job.web_url,
        durationSeconds: job.duration,
        failureReason: job.failure_reason
      } : void 0,
      logTail: [],
      details
    });
  } catch (error) {
    reporter.warning(`Could not write the step summary: ${errorMessage(error)}`);
  }
  return { outcome, message, job, outputs };
}
function describeJob(job, inputs) {
  if (job) return `job ${job.id} ${JSON.stringify(job.name)}`;
  return `job ${JSON.stringify(inputs.name)} of the latest successful pipeline on ${JSON.stringify(inputs.ref)}`;
}
export {
  runFetchArtifacts
};
