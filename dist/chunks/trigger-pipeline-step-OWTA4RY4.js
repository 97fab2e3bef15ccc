import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  MASK_MIN_LENGTH
} from "./chunk-ZDZOMQH2.js";
import {
  InputsParamSchema,
  PipelineDetailSchema,
  RefParamSchema,
  TriggerTokenParamSchema,
  getPipeline,
  listProjectPipelines,
  pipelineEndpointPath,
  reportPipelineEnd,
  runWaitForPipeline
} from "./chunk-NYJHVNPY.js";
import "./chunk-G6DCEGWB.js";
import "./chunk-CNSW6JFK.js";
import {
  isGitLabHttpError
} from "./chunk-NTBHQ42I.js";
import "./chunk-DROKWXGZ.js";
import {
  isCredentialHeader
} from "./chunk-EMNIVUNS.js";
import "./chunk-E3EP7K6C.js";
import {
  wallDeadline
} from "./chunk-YBZB3JSA.js";
import {
  CallOptionsEntries,
  OutcomeUnknownError,
  ProjectRefParamSchema,
  VariablesParamSchema,
  parseParams,
  sendRequest,
  sleep,
  validateResponse
} from "./chunk-G7Q4FV4K.js";
import {
  errorMessage,
  optional,
  picklist,
  strictObject
} from "./chunk-HG77K7LZ.js";
import "./chunk-7QHSCVNK.js";

// src/gitlab/pipelines/find-new-pipelines.ts
var PER_PAGE = 20;
var MAX_PAGES = 5;
async function findNewPipelines(client, params) {
  const found = /* @__PURE__ */ new Set();
  for (const source of new Set(params.sources)) {
    const pipelines = listProjectPipelines(client, {
      project: params.project,
      ref: params.ref,
      source,
      orderBy: "id",
      sort: "desc",
      perPage: PER_PAGE,
      maxPages: MAX_PAGES,
      signal: params.signal,
      deadline: params.deadline
    });
    for await (const pipeline of pipelines) {
      if (pipeline.id <= params.afterId) break;
      if (pipeline.ref === params.ref && pipeline.source === source) found.add(pipeline.id);
    }
  }
  return [...found].sort((a, b) => a - b);
}

// src/gitlab/pipelines/newest-pipeline-id.ts
var NOT_ALLOWED = /* @__PURE__ */ new Set([401, 403, 404]);
async function noteNewestPipelineId(client, target) {
  try {
    const newest = listProjectPipelines(client, {
      ...target,
      orderBy: "id",
      sort: "desc",
      perPage: 1,
      maxPages: 1
    });
    for await (const pipeline of newest) return { id: pipeline.id };
    return { id: 0 };
  } catch (error) {
    if (target.signal?.aborted || !isGitLabHttpError(error) || !NOT_ALLOWED.has(error.status)) {
      throw error;
    }
    return { unlisted: `this client may not list the project's pipelines (${error.status})` };
  }
}

// src/gitlab/pipelines/pipeline-outcome-unknown-error.ts
var PipelineOutcomeUnknownError = class extends OutcomeUnknownError {
  pipelineId;
  candidateIds;
  constructor(details) {
    super(details.operation, details.method, details.path, 0, details.cause);
    this.message = `${details.operation} for ${details.subject} may or may not have reached GitLab (${errorMessage(details.cause)}); ${details.finding}. It was NOT sent again. ${details.advice}`;
    this.pipelineId = details.pipelineId;
    this.candidateIds = [...details.candidateIds ?? []];
  }
};

// src/gitlab/pipelines/settle-uncertain-pipeline.ts
var READ_BACK_LOOKS = 3;
async function postNewPipelineOnce(client, post) {
  const { project, ref, signal, deadline } = post;
  const note = await noteNewestPipelineId(client, { project, ref, signal, deadline });
  let response;
  try {
    response = await sendRequest(post.sender, {
      operation: post.operation,
      route: post.route,
      method: "POST",
      path: post.path,
      body: post.body,
      secrets: post.secrets,
      expect: "json",
      signal,
      deadline
    });
  } catch (error) {
    if (!(error instanceof OutcomeUnknownError)) throw error;
    return settleNewPipeline(client, post, note, error);
  }
  return validateResponse(PipelineDetailSchema, response.data, post.operation, post.route);
}
async function settleNewPipeline(client, post, note, uncertain) {
  const sources = post.sources.join(" or ");
  const fail = (finding, candidateIds) => new PipelineOutcomeUnknownError({
    operation: post.operation,
    method: uncertain.method,
    path: uncertain.path,
    cause: uncertain.cause,
    subject: `a pipeline on ref ${JSON.stringify(post.ref)} of project ${post.project}`,
    finding,
    candidateIds,
    advice: candidateIds?.length ? `Look at pipelines ${candidateIds.join(", ")} before trying again.` : "Look at the project's pipelines before trying again."
  });
  if ("unlisted" in note) {
    throw fail(`it could not be looked for: ${note.unlisted}`);
  }
  const { project, ref, signal, deadline } = post;
  const delayMs = client.retry.readBackDelayMs;
  let readProblem;
  let looked = 0;
  for (let look = 1; look <= READ_BACK_LOOKS; look++) {
    if (deadline !== void 0 && Date.now() + delayMs >= deadline) break;
    await sleep(delayMs, signal);
    looked++;
    let candidates;
    try {
      candidates = await findNewPipelines(client, {
        project,
        ref,
        sources: post.sources,
        afterId: note.id,
        signal,
        deadline
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      readProblem = errorMessage(error);
      continue;
    }
    const [only, ...others] = candidates;
    if (only !== void 0 && others.length > 0) {
      throw fail(
        `${candidates.length} new pipelines with source ${sources} appeared on that ref (ids ${candidates.join(", ")}), and which one is this call's cannot be told`,
        candidates
      );
    }
    if (only !== void 0) {
      try {
        return await getPipeline(client, { project, pipelineId: only, signal, deadline });
      } catch (error) {
        if (signal?.aborted) throw error;
        throw fail(`pipeline ${only} appeared, but reading it failed (${errorMessage(error)})`, [
          only
        ]);
      }
    }
    readProblem = void 0;
  }
  const after = note.id === 0 ? "where there was none before" : `after pipeline ${note.id}`;
  if (looked === 0) throw fail("the deadline left no time to look for it");
  throw fail(
    readProblem ? `looking for it failed (${readProblem})` : `no new pipeline with source ${sources} appeared on that ref ${after}`
  );
}

// src/gitlab/pipelines/create-pipeline.ts
var CreatePipelineParamsSchema = strictObject({
  project: ProjectRefParamSchema,
  /** The branch or tag to run the pipeline on. */
  ref: RefParamSchema,
  /** CI/CD variables: `{ KEY: 'value' }` or `[{ key, value }]`, sent as `env_var` variables. */
  variables: optional(VariablesParamSchema),
  /** CI/CD inputs: `{ name: value }`. */
  inputs: optional(InputsParamSchema),
  ...CallOptionsEntries
});
async function createPipeline(client, params) {
  const p = parseParams(CreatePipelineParamsSchema, params, "createPipeline");
  const variables = p.variables?.map(({ key, value }) => ({
    key,
    value,
    variable_type: "env_var"
  }));
  return postNewPipelineOnce(client, {
    operation: "createPipeline",
    route: "POST /projects/:id/pipeline",
    path: pipelineEndpointPath(p.project, "pipeline"),
    body: {
      ref: p.ref,
      ...variables ? { variables } : {},
      ...p.inputs ? { inputs: p.inputs } : {}
    },
    // Redacted from this call's errors only: a shared client (the relay's) must not collect them.
    secrets: p.variables?.map((variable) => variable.value) ?? [],
    sender: client,
    project: p.project,
    ref: p.ref,
    sources: ["api"],
    signal: p.signal,
    deadline: p.deadline
  });
}

// src/gitlab/pipelines/without-credentials.ts
function withoutCredentials(client) {
  return {
    apiUrl: client.apiUrl,
    tokenType: client.tokenType,
    timeoutMs: client.timeoutMs,
    retry: client.retry,
    fetch: client.fetch,
    redirects: client.redirects ?? "same-origin",
    authHeaders: () => Object.fromEntries(
      Object.entries(client.authHeaders()).filter(([name]) => !isCredentialHeader(name))
    ),
    redact: (text) => client.redact(text),
    addSecret: (secret) => client.addSecret(secret)
  };
}

// src/gitlab/pipelines/trigger-pipeline.ts
var TriggerPipelineParamsSchema = strictObject({
  project: ProjectRefParamSchema,
  /** The branch or tag to run the pipeline on. */
  ref: RefParamSchema,
  /** A pipeline trigger token, or a CI job token (for a multi-project pipeline). A secret. */
  token: TriggerTokenParamSchema,
  /** Which kind `token` is; guessed from its prefix (`glptt-`, `glcbt-`) when left out. */
  tokenKind: optional(picklist(["trigger", "job"], "must be trigger or job")),
  /** CI/CD variables: `{ KEY: 'value' }` or `[{ key, value }]`, sent as `variables[KEY]`. */
  variables: optional(VariablesParamSchema),
  /** CI/CD inputs: `{ name: value }`. */
  inputs: optional(InputsParamSchema),
  ...CallOptionsEntries
});
function expectedSources(token, kind) {
  const guessed = kind ?? (token.startsWith("glptt-") ? "trigger" : token.startsWith("glcbt-") ? "job" : void 0);
  if (guessed === "trigger") return ["trigger"];
  if (guessed === "job") return ["pipeline"];
  return ["trigger", "pipeline"];
}
async function triggerPipeline(client, params) {
  const p = parseParams(TriggerPipelineParamsSchema, params, "triggerPipeline");
  const variables = p.variables ? Object.fromEntries(p.variables.map(({ key, value }) => [key, value])) : void 0;
  return postNewPipelineOnce(client, {
    operation: "triggerPipeline",
    route: "POST /projects/:id/trigger/pipeline",
    path: pipelineEndpointPath(p.project, "trigger/pipeline"),
    body: {
      token: p.token,
      ref: p.ref,
      ...variables ? { variables } : {},
      ...p.inputs ? { inputs: p.inputs } : {}
    },
    secrets: [p.token, ...p.variables?.map((variable) => variable.value) ?? []],
    sender: withoutCredentials(client),
    project: p.project,
    ref: p.ref,
    sources: expectedSources(p.token, p.tokenKind),
    signal: p.signal,
    deadline: p.deadline
  });
}

// src/steps/trigger-pipeline-step.ts
var COMMAND = "trigger-pipeline";
var CREATE_MIN_MS = 3e4;
async function runTriggerPipeline(context, inputs) {
  const { client, reporter, signal } = context;
  if (inputs.triggerToken) reporter.setSecret(inputs.triggerToken);
  for (const variable of inputs.variables) if (variable.masked) reporter.setSecret(variable.value);
  for (const value of Object.values(inputs.pipelineInputs)) {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    if (text.length >= MASK_MIN_LENGTH) reporter.setSecret(text);
  }
  const ref = inputs.ref;
  const variables = inputs.variables.map(({ key, value }) => ({ key, value }));
  const names = [
    ...variables.map((variable) => variable.key),
    ...Object.keys(inputs.pipelineInputs).map((name) => `input ${name}`)
  ];
  const how = inputs.triggerToken ? "the trigger token" : "the token";
  reporter.info(
    `Creating a pipeline on ${JSON.stringify(ref)} in project ${inputs.project} with ${how}${names.length ? `, with ${names.join(", ")}` : ""}`
  );
  const common = {
    project: inputs.project,
    ref,
    ...variables.length > 0 ? { variables } : {},
    ...Object.keys(inputs.pipelineInputs).length > 0 ? { inputs: inputs.pipelineInputs } : {},
    signal,
    deadline: Math.max(wallDeadline(context, inputs.timeoutMs), Date.now() + CREATE_MIN_MS)
  };
  const pipeline = inputs.triggerToken ? await triggerPipeline(client, { ...common, token: inputs.triggerToken }) : await createPipeline(client, common);
  reporter.info(`Created pipeline ${pipeline.id} (${pipeline.web_url}): ${pipeline.status}`);
  if (inputs.wait) return runWaitForPipeline(context, inputs, pipeline, COMMAND);
  return reportPipelineEnd(context, {
    command: COMMAND,
    pipeline,
    outcome: "success",
    message: `Pipeline ${pipeline.id} was created on ${JSON.stringify(ref)} and is ${pipeline.status}`,
    summary: void 0
  });
}
export {
  runTriggerPipeline
};
