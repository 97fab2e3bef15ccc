import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  DownstreamPipelineSchema,
  GitLabHttpError,
  IdParamSchema,
  JobBasicSchema,
  JobSchema,
  ListOptionsEntries,
  PipelineSchema,
  ProjectRefParamSchema,
  encodeProjectId,
  parseParams,
  pipelinePath,
  sendRequest,
  validateResponse
} from "./chunk-G7Q4FV4K.js";
import {
  array,
  boolean,
  looseObject,
  nullable,
  optional,
  strictObject,
  unknown
} from "./chunk-HG77K7LZ.js";

// src/steps/step-context.ts
function stepDeadline(context, timeoutMs) {
  return context.startedAt + timeoutMs;
}
function remainingMs(context, timeoutMs) {
  return Math.max(0, stepDeadline(context, timeoutMs) - context.clock.now());
}
function wallDeadline(context, timeoutMs) {
  return Date.now() + remainingMs(context, timeoutMs);
}

// src/gitlab/parse-link-header.ts
function parseLinkHeader(header) {
  const links = {};
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
    const rel = /rel\s*=\s*"?([^";]+)"?/i.exec(match[2] ?? "")?.[1];
    if (rel && match[1] !== void 0) {
      for (const name of rel.trim().split(/\s+/)) links[name.toLowerCase()] = match[1];
    }
  }
  return links;
}

// src/gitlab/request-page.ts
var UNCHECKED_LIST = array(unknown());
async function requestPage(client, spec) {
  const query = new URLSearchParams(spec.query);
  const response = await sendRequest(client, {
    operation: spec.operation,
    route: spec.route,
    method: "GET",
    path: spec.path,
    query,
    expect: "json",
    signal: spec.signal,
    deadline: spec.deadline
  });
  const schema = spec.itemSchema ? listSchemaOf(spec.itemSchema) : UNCHECKED_LIST;
  const items = validateResponse(schema, response.data, spec.operation, spec.route);
  const { headers } = response;
  const links = parseLinkHeader(headers.get("link") ?? "");
  return {
    items,
    status: response.status,
    headers,
    links,
    next: nextQuery(query, links.next, headers),
    total: headerNumber(headers, "x-total"),
    totalPages: headerNumber(headers, "x-total-pages")
  };
}
function nextQuery(current, nextLink, headers) {
  if (nextLink) {
    try {
      return new URL(nextLink, "http://relative.invalid/").searchParams;
    } catch {
    }
  }
  const nextPage = headers.get("x-next-page")?.trim();
  if (nextPage && /^\d+$/.test(nextPage)) {
    const next = new URLSearchParams(current);
    next.set("page", nextPage);
    return next;
  }
  return void 0;
}
function headerNumber(headers, name) {
  const value = headers.get(name)?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : void 0;
}
var listSchemas = /* @__PURE__ */ new WeakMap();
function listSchemaOf(itemSchema) {
  let schema = listSchemas.get(itemSchema);
  if (schema === void 0) {
    schema = array(itemSchema);
    listSchemas.set(itemSchema, schema);
  }
  return schema;
}

// src/gitlab/pagination.ts
function paginate(client, spec) {
  const pages = () => iteratePages(client, spec);
  const items = async function* () {
    for await (const page of pages()) yield* page.items;
  };
  return {
    pages,
    [Symbol.asyncIterator]: () => items(),
    async toArray() {
      const all = [];
      for await (const item of items()) all.push(item);
      return all;
    }
  };
}
async function* iteratePages(client, spec) {
  const firstQuery = (keyset2) => {
    const query2 = new URLSearchParams(spec.query);
    query2.set("per_page", String(spec.perPage));
    if (keyset2) query2.set("pagination", "keyset");
    return query2;
  };
  let keyset = spec.keyset === true;
  let query = firstQuery(keyset);
  const seen = /* @__PURE__ */ new Set();
  let yielded = 0;
  for (let index = 1; ; index++) {
    seen.add(query.toString());
    let page;
    try {
      page = await requestPage(client, {
        operation: spec.operation,
        route: spec.route,
        path: spec.path,
        query,
        itemSchema: spec.itemSchema,
        signal: spec.signal,
        deadline: spec.deadline
      });
    } catch (error) {
      if (keyset && index === 1 && isKeysetRefusal(error)) {
        keyset = false;
        query = firstQuery(false);
        index--;
        continue;
      }
      throw error;
    }
    let items = page.items;
    if (spec.maxItems !== void 0 && yielded + items.length > spec.maxItems) {
      items = items.slice(0, spec.maxItems - yielded);
    }
    yielded += items.length;
    const { next } = page;
    const done = next === void 0 || items.length === 0 || seen.has(next.toString()) || spec.maxItems !== void 0 && yielded >= spec.maxItems || spec.maxPages !== void 0 && index >= spec.maxPages;
    yield {
      items,
      index,
      total: page.total,
      totalPages: page.totalPages,
      hasNext: next !== void 0
    };
    if (done || next === void 0) return;
    query = next;
  }
}
function isKeysetRefusal(error) {
  return error instanceof GitLabHttpError && (error.status === 405 || error.status === 400 && /keyset/i.test(error.gitlabMessage));
}

// src/gitlab/schemas/bridge.ts
var BridgeSchema = looseObject({
  ...JobBasicSchema.entries,
  // Unlike the job examples, every bridge example carries its pipeline.
  pipeline: PipelineSchema,
  // Null until the downstream pipeline exists.
  downstream_pipeline: nullable(DownstreamPipelineSchema)
});

// src/gitlab/jobs/job-list-endpoint.ts
var ENDPOINTS = {
  listProjectJobs: { route: "GET /projects/:id/jobs", itemSchema: JobSchema },
  listPipelineJobs: {
    route: "GET /projects/:id/pipelines/:pipeline_id/jobs",
    itemSchema: JobSchema
  },
  listPipelineBridges: {
    route: "GET /projects/:id/pipelines/:pipeline_id/bridges",
    itemSchema: BridgeSchema
  }
};
function jobListEndpoint(target) {
  const list = target;
  const path = list.list === "listProjectJobs" ? `projects/${encodeProjectId(list.project)}/jobs` : pipelinePath(
    list.project,
    list.pipelineId,
    list.list === "listPipelineJobs" ? "jobs" : "bridges"
  );
  const { route, itemSchema } = ENDPOINTS[list.list];
  return { operation: list.list, route, path, itemSchema };
}

// src/gitlab/jobs/list-query.ts
function listQuery(scope, includeRetried) {
  const query = new URLSearchParams();
  for (const value of scope ?? []) query.append("scope[]", value);
  if (includeRetried !== void 0) query.set("include_retried", String(includeRetried));
  return query;
}

// src/gitlab/jobs/list-pipeline-jobs.ts
var ListPipelineJobsParamsSchema = strictObject({
  project: ProjectRefParamSchema,
  pipelineId: IdParamSchema,
  /** Include jobs that were retried (hidden by default since GitLab 13.5). */
  includeRetried: optional(boolean("must be true or false")),
  ...ListOptionsEntries
});
function listPipelineJobs(client, params) {
  const p = parseParams(ListPipelineJobsParamsSchema, params, "listPipelineJobs");
  return paginate(client, {
    ...jobListEndpoint({ list: "listPipelineJobs", project: p.project, pipelineId: p.pipelineId }),
    query: listQuery(p.scope, p.includeRetried),
    perPage: p.perPage,
    maxItems: p.maxItems,
    maxPages: p.maxPages,
    signal: p.signal,
    deadline: p.deadline
  });
}

// src/gitlab/body-length.ts
function bodyLength(headers) {
  const encoding = headers.get("content-encoding")?.trim().toLowerCase();
  if (encoding && encoding !== "identity") return void 0;
  const value = headers.get("content-length")?.trim();
  if (!value || !/^\d{1,15}$/.test(value)) return void 0;
  return Number(value);
}

export {
  bodyLength,
  paginate,
  BridgeSchema,
  jobListEndpoint,
  listQuery,
  listPipelineJobs,
  stepDeadline,
  remainingMs,
  wallDeadline
};
