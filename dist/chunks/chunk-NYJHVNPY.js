import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  pipelineLabel,
  pipelineTreeLines
} from "./chunk-G6DCEGWB.js";
import {
  listPipelineBridges
} from "./chunk-CNSW6JFK.js";
import {
  createLogTail,
  followRemoteLog,
  isGitLabHttpError,
  isTransientError,
  nextPollDelay
} from "./chunk-NTBHQ42I.js";
import {
  formatDuration
} from "./chunk-DROKWXGZ.js";
import {
  listPipelineJobs,
  paginate,
  stepDeadline,
  wallDeadline
} from "./chunk-YBZB3JSA.js";
import {
  BoundParamSchema,
  CallOptionsEntries,
  IdParamSchema,
  InvalidInputError,
  PerPageParamSchema,
  ProjectRefParamSchema,
  TimestampSchema,
  UserSchema,
  encodeProjectId,
  hasControlCharacter,
  parseParams,
  requestEntity
} from "./chunk-G7Q4FV4K.js";
import {
  FINISHED_JOB_STATUSES,
  JOB_STATUSES,
  array,
  boolean,
  check,
  date,
  errorMessage,
  integer,
  isFinishedStatus,
  isoTimestamp,
  looseObject,
  nonEmpty,
  nullable,
  number,
  optional,
  picklist,
  pipe,
  record,
  regex,
  strictObject,
  string,
  transform,
  union,
  unknown
} from "./chunk-HG77K7LZ.js";

// src/gitlab/schemas/detailed-status.ts
var DetailedStatusActionSchema = looseObject({
  icon: string(),
  title: string(),
  path: string(),
  method: string(),
  button_title: optional(string())
});
var DetailedStatusSchema = looseObject({
  icon: string(),
  text: string(),
  label: nullable(string()),
  group: string(),
  tooltip: string(),
  has_details: boolean(),
  details_path: nullable(string()),
  // Null for statuses without an illustration.
  illustration: optional(nullable(looseObject({}))),
  favicon: string(),
  action: optional(DetailedStatusActionSchema)
});

// src/gitlab/schemas/pipeline-status.ts
var PIPELINE_STATUSES = JOB_STATUSES;
var PipelineStatusSchema = picklist(
  PIPELINE_STATUSES,
  `must be one of GitLab's pipeline statuses: ${PIPELINE_STATUSES.join(", ")}`
);
var FINISHED_PIPELINE_STATUSES = FINISHED_JOB_STATUSES;
function isFinishedPipelineStatus(status) {
  return FINISHED_PIPELINE_STATUSES.includes(status);
}

// src/gitlab/schemas/pipeline-basic.ts
var PipelineBasicSchema = looseObject({
  id: pipe(number(), integer()),
  // Missing before GitLab 14.6.
  iid: optional(pipe(number(), integer())),
  project_id: pipe(number(), integer()),
  sha: string(),
  ref: string(),
  status: PipelineStatusSchema,
  // How the pipeline was started (`push`, `web`, `api`, `trigger`, `pipeline`, …); missing on older servers.
  source: optional(string()),
  // Sent by list, get and latest (null when unnamed); not by create, retry or cancel.
  name: optional(nullable(string())),
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
  web_url: string()
});

// src/gitlab/schemas/pipeline-detail.ts
var PipelineDetailSchema = looseObject({
  ...PipelineBasicSchema.entries,
  before_sha: string(),
  tag: boolean(),
  yaml_errors: nullable(string()),
  // GitLab's `UserBasic`; null when the pipeline has no user.
  user: nullable(UserSchema),
  started_at: nullable(TimestampSchema),
  finished_at: nullable(TimestampSchema),
  committed_at: nullable(TimestampSchema),
  // Seconds; null until the pipeline has run.
  duration: nullable(number()),
  queued_duration: nullable(number()),
  // A string with two decimals (`Ci::PipelinePresenter#coverage` formats it as '%.2f'), or null.
  coverage: nullable(string()),
  // The entity always sends it; the documents' create, retry and cancel examples leave it out.
  detailed_status: optional(DetailedStatusSchema)
});

// src/gitlab/pipelines/pipeline-endpoint-path.ts
function pipelineEndpointPath(project, rest) {
  return `projects/${encodeProjectId(project)}/${rest}`;
}

// src/gitlab/pipelines/pipeline-params.ts
var PipelineParamsSchema = strictObject({
  project: ProjectRefParamSchema,
  pipelineId: IdParamSchema,
  ...CallOptionsEntries
});
var RefParamSchema = pipe(
  string("must be a branch or tag name"),
  nonEmpty("is empty; give a branch or tag name"),
  check((ref) => !hasControlCharacter(ref), "contains control characters"),
  check((ref) => ref.trim() === ref, "has leading or trailing spaces")
);
var InputsParamSchema = record(
  pipe(string(), nonEmpty("an input name is empty")),
  union(
    [string(), number(), boolean(), array(unknown())],
    "an input value must be a string, number, boolean or array"
  ),
  "must be an object of input names and values"
);
var TriggerTokenParamSchema = pipe(
  string("must be a pipeline trigger token or a CI job token"),
  nonEmpty("is empty; give a pipeline trigger token or a CI job token"),
  check(
    (token) => !/\s/.test(token) && !hasControlCharacter(token),
    "must not contain whitespace or control characters"
  )
);

// src/gitlab/pipelines/get-pipeline.ts
async function getPipeline(client, params) {
  const p = parseParams(PipelineParamsSchema, params, "getPipeline");
  return requestEntity(
    client,
    {
      operation: "getPipeline",
      route: "GET /projects/:id/pipelines/:pipeline_id",
      method: "GET",
      path: pipelineEndpointPath(p.project, `pipelines/${p.pipelineId}`),
      signal: p.signal,
      deadline: p.deadline
    },
    PipelineDetailSchema
  );
}

// src/steps/follow-tree-logs.ts
function followTreeLogs(context, names) {
  const followers = /* @__PURE__ */ new Map();
  const wanted = (name) => names === "all" || names.includes(name);
  const jobsOf = (tree) => [
    ...tree.jobs.map((job) => ({ job, pipeline: tree.pipeline })),
    ...tree.bridges.flatMap((branch) => branch.downstream ? jobsOf(branch.downstream) : [])
  ];
  return {
    async readNew(tree) {
      let grew = false;
      for (const { job, pipeline } of jobsOf(tree)) {
        if (!wanted(job.name) || job.started_at === null) continue;
        let entry = followers.get(job.id);
        if (!entry) {
          context.reporter.info(
            `Log of job ${job.id} ${JSON.stringify(job.name)} (pipeline ${pipeline.id}):`
          );
          const follower = followRemoteLog({
            client: context.client,
            project: pipeline.project_id,
            jobId: job.id,
            reporter: context.reporter,
            // The pipeline summary has no log tail: nothing is kept.
            tail: createLogTail(0),
            signal: context.signal
          });
          entry = { follower, done: false };
          followers.set(job.id, entry);
        }
        if (entry.done) continue;
        if (isFinishedStatus(job.status)) {
          entry.done = true;
          await entry.follower.finish();
        } else if (await entry.follower.readNew()) grew = true;
      }
      return grew;
    },
    async finish() {
      for (const entry of followers.values()) {
        if (entry.done) continue;
        entry.done = true;
        await entry.follower.finish();
      }
    }
  };
}

// src/steps/read-pipeline-tree.ts
var MAX_DOWNSTREAM_DEPTH = 8;
async function readPipelineTree(client, params) {
  const seen = /* @__PURE__ */ new Set();
  return readLevel(client, params, params.pipeline, 0, seen);
}
async function readLevel(client, options, pipeline, depth, seen) {
  seen.add(key(pipeline.project_id, pipeline.id));
  const call = { signal: options.signal, deadline: options.deadline };
  const where = { project: pipeline.project_id, pipelineId: pipeline.id, ...call };
  const jobs = [];
  for await (const job of listPipelineJobs(client, where)) jobs.push(job);
  const bridges = [];
  for await (const bridge of listPipelineBridges(client, where)) {
    bridges.push({ bridge, downstream: void 0, unread: void 0 });
  }
  for (const branch of bridges) {
    const started = branch.bridge.downstream_pipeline;
    if (!started) {
      branch.unread = "no downstream pipeline yet";
      continue;
    }
    const projectId = started.project_id ?? pipeline.project_id;
    if (seen.has(key(projectId, started.id))) {
      branch.unread = `pipeline ${started.id} was already shown above (a cycle of triggers)`;
      continue;
    }
    if (depth + 1 > MAX_DOWNSTREAM_DEPTH) {
      branch.unread = `pipeline ${started.id} is deeper than ${MAX_DOWNSTREAM_DEPTH} levels; not followed`;
      continue;
    }
    try {
      const downstream = await getPipeline(client, {
        project: projectId,
        pipelineId: started.id,
        ...call
      });
      branch.downstream = await readLevel(client, options, downstream, depth + 1, seen);
    } catch (error) {
      if (!isGitLabHttpError(error) || ![401, 403, 404].includes(error.status)) throw error;
      branch.unread = `pipeline ${started.id} of project ${projectId} cannot be read with this token (${errorMessage(error)})`;
    }
  }
  return { pipeline, jobs, bridges };
}
function key(projectId, pipelineId) {
  return `${projectId}/${pipelineId}`;
}

// src/steps/report-pipeline-end.ts
async function reportPipelineEnd(context, end) {
  const { reporter } = context;
  const { pipeline } = end;
  const outputs = {
    status: pipeline.status,
    "pipeline-id": String(pipeline.id),
    "web-url": pipeline.web_url,
    duration: pipeline.duration === null ? "" : String(pipeline.duration),
    "timed-out": String(end.outcome === "timed-out")
  };
  for (const [name, value] of Object.entries(outputs)) {
    reporter.setOutput(name, value ?? "");
  }
  if (end.outcome !== "success") {
    reporter.annotation(
      "error",
      end.message,
      `GitLab pipeline #${pipeline.id}: ${pipeline.status}`
    );
  }
  const summary = {
    command: end.command,
    outcome: end.outcome,
    headline: end.message,
    pipeline: end.summary ?? {
      id: pipeline.id,
      projectId: pipeline.project_id,
      ref: pipeline.ref,
      status: pipeline.status,
      webUrl: pipeline.web_url,
      durationSeconds: pipeline.duration,
      stages: []
    },
    logTail: [],
    details: []
  };
  try {
    await reporter.summary(summary);
  } catch (error) {
    reporter.warning(`Could not write the step summary: ${errorMessage(error)}`);
  }
  return { outcome: end.outcome, message: end.message, pipeline, outputs };
}

// src/steps/report-tree-changes.ts
function reportTreeChanges(context, tree, before) {
  const statuses = /* @__PURE__ */ new Map();
  const elapsedMs = context.clock.now() - context.startedAt;
  let changed = false;
  const see = (key2, status, say) => {
    statuses.set(key2, status);
    const from = before.get(key2);
    if (from === status) return;
    changed = true;
    say(from);
  };
  const moved = (from, to) => from === void 0 ? `is ${to}` : `${from} \u2192 ${to}`;
  const walk = (level) => {
    const { pipeline } = level;
    see(
      `p:${pipeline.project_id}/${pipeline.id}`,
      pipeline.status,
      (from) => context.reporter.info(
        `[${formatDuration(elapsedMs)}] ${pipelineLabel({ id: pipeline.id, projectId: pipeline.project_id, ref: pipeline.ref })}: ${moved(from, pipeline.status)}`
      )
    );
    for (const job of level.jobs) {
      see(
        `j:${job.id}`,
        job.status,
        (from) => context.reporter.statusChange({
          job,
          from,
          to: job.status,
          elapsedMs
        })
      );
    }
    for (const { bridge, downstream } of level.bridges) {
      see(
        `j:${bridge.id}`,
        bridge.status,
        (from) => context.reporter.info(
          `[${formatDuration(elapsedMs)}] bridge ${bridge.id} ${JSON.stringify(bridge.name)}: ${moved(from, bridge.status)}`
        )
      );
      if (downstream) walk(downstream);
    }
  };
  walk(tree);
  return { statuses, changed };
}

// src/gitlab/pipelines/list-project-pipelines.ts
var TimeParamSchema = pipe(
  union(
    [pipe(string(), isoTimestamp()), date()],
    "must be an ISO 8601 time such as 2026-01-31T08:00:00Z, or a Date"
  ),
  transform((time) => new Date(time)),
  check((time) => !Number.isNaN(time.getTime()), "must be a valid time"),
  transform((time) => time.toISOString())
);
var WordParamSchema = pipe(
  string("must be a string"),
  nonEmpty("is empty"),
  check((word) => !hasControlCharacter(word), "contains control characters")
);
var ListProjectPipelinesParamsSchema = strictObject({
  project: ProjectRefParamSchema,
  ref: optional(RefParamSchema),
  /** A full commit SHA: GitLab matches it exactly. */
  sha: optional(
    pipe(
      string("must be a full commit SHA"),
      regex(
        /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i,
        "must be a full commit SHA (40 or 64 hex digits)"
      )
    )
  ),
  status: optional(PipelineStatusSchema),
  /** How the pipelines were started: `push`, `web`, `api`, `trigger`, `pipeline`, `schedule`, `parent_pipeline`, … */
  source: optional(WordParamSchema),
  scope: optional(
    picklist(
      ["running", "pending", "finished", "branches", "tags"],
      "must be one of running, pending, finished, branches, tags"
    )
  ),
  /** The username of the user who started the pipelines. */
  username: optional(WordParamSchema),
  name: optional(WordParamSchema),
  updatedAfter: optional(TimeParamSchema),
  updatedBefore: optional(TimeParamSchema),
  createdAfter: optional(TimeParamSchema),
  createdBefore: optional(TimeParamSchema),
  /** Default `id`. */
  orderBy: optional(
    picklist(
      ["id", "status", "ref", "updated_at", "user_id"],
      "must be one of id, status, ref, updated_at, user_id"
    )
  ),
  /** Default `desc`: newest first. */
  sort: optional(picklist(["asc", "desc"], "must be asc or desc")),
  perPage: optional(PerPageParamSchema, 100),
  maxItems: optional(BoundParamSchema),
  maxPages: optional(BoundParamSchema),
  ...CallOptionsEntries
});
var QUERY_NAMES = {
  ref: "ref",
  sha: "sha",
  status: "status",
  source: "source",
  scope: "scope",
  username: "username",
  name: "name",
  updatedAfter: "updated_after",
  updatedBefore: "updated_before",
  createdAfter: "created_after",
  createdBefore: "created_before",
  orderBy: "order_by",
  sort: "sort"
};
function listProjectPipelines(client, params) {
  const p = parseParams(ListProjectPipelinesParamsSchema, params, "listProjectPipelines");
  const query = new URLSearchParams();
  for (const [param, name] of Object.entries(QUERY_NAMES)) {
    const value = p[param];
    if (value !== void 0) query.set(name, value);
  }
  return paginate(client, {
    operation: "listProjectPipelines",
    route: "GET /projects/:id/pipelines",
    path: pipelineEndpointPath(p.project, "pipelines"),
    query,
    itemSchema: PipelineBasicSchema,
    perPage: p.perPage,
    maxItems: p.maxItems,
    maxPages: p.maxPages,
    signal: p.signal,
    deadline: p.deadline
  });
}

// src/steps/resolve-target-pipeline.ts
async function resolveTargetPipeline(client, target, options = {}) {
  if (target.pipeline !== void 0) {
    return getPipeline(client, {
      project: target.project,
      pipelineId: target.pipeline,
      ...options
    });
  }
  const ref = target.ref;
  for await (const newest of listProjectPipelines(client, {
    project: target.project,
    ref,
    ...target.sha ? { sha: target.sha } : {},
    orderBy: "id",
    sort: "desc",
    perPage: 1,
    maxItems: 1,
    ...options
  })) {
    return getPipeline(client, { project: target.project, pipelineId: newest.id, ...options });
  }
  throw new InvalidInputError(
    target.sha ? "sha" : "ref",
    JSON.stringify(target.sha ?? ref),
    `no pipeline for it in project ${target.project}${target.sha ? ` on ${JSON.stringify(ref)}` : ""}`
  );
}

// src/steps/summarise-pipeline-tree.ts
function summarisePipelineTree(tree) {
  const uncounted = [];
  const pipeline = summarise(tree, uncounted);
  return { pipeline, uncounted };
}
function summarise(tree, uncounted) {
  const { pipeline } = tree;
  const entries = [
    ...tree.jobs.map((job) => ({ stage: job.stage, id: job.id, job: summaryJob(job) })),
    ...tree.bridges.map((branch) => ({
      stage: branch.bridge.stage,
      id: branch.bridge.id,
      job: summaryBridge(branch, uncounted)
    }))
  ].sort((a, b) => a.id - b.id);
  const stages = [];
  for (const entry of entries) {
    const stage = stages.find((candidate) => candidate.name === entry.stage);
    if (stage) stage.jobs.push(entry.job);
    else stages.push({ name: entry.stage, jobs: [entry.job] });
  }
  return {
    id: pipeline.id,
    projectId: pipeline.project_id,
    ref: pipeline.ref,
    status: pipeline.status,
    webUrl: pipeline.web_url,
    durationSeconds: pipeline.duration,
    stages
  };
}
function summaryJob(job) {
  return {
    id: job.id,
    name: job.name,
    status: job.status,
    webUrl: job.web_url,
    allowFailure: job.allow_failure,
    failureReason: job.failure_reason
  };
}
function summaryBridge(branch, uncounted) {
  const { bridge, downstream } = branch;
  const note = downstream ? bridgeNote(bridge, downstream.pipeline.status) : branch.unread;
  if (downstream && bridge.status === "success" && note) {
    if (isFinishedPipelineStatus(downstream.pipeline.status)) {
      uncounted.push(
        `Pipeline ${downstream.pipeline.id} (started by bridge ${JSON.stringify(bridge.name)}, job ${bridge.id}) ended ${downstream.pipeline.status}, but its bridge succeeded when it created it (no strategy: depend), so this does not fail pipeline ${bridge.pipeline.id}`
      );
    }
  }
  return {
    ...summaryJob(bridge),
    bridge: {
      downstream: downstream ? summarise(downstream, uncounted) : void 0,
      note
    }
  };
}
function bridgeNote(bridge, status) {
  if (bridge.status === "success" && status !== "success") {
    return isFinishedPipelineStatus(status) ? `its pipeline ended ${status}, but the bridge succeeded on creating it (no strategy: depend): not counted` : `its pipeline is still ${status}; the bridge succeeded on creating it (no strategy: depend), so it is not awaited`;
  }
  if (bridge.status === "failed" && bridge.allow_failure) {
    return `its pipeline ended ${status}; the bridge may fail (allow_failure), so its pipeline does not fail for it`;
  }
  return void 0;
}

// src/steps/wait-for-pipeline-step.ts
var MAX_CONSECUTIVE_ERRORS = 5;
var FINAL_READ_GRACE_MS = 1e4;
function isPipelineWaitOver(status, keepWaitingWhenBlocked) {
  return isFinishedPipelineStatus(status) || !keepWaitingWhenBlocked && (status === "manual" || status === "scheduled");
}
async function runWaitForPipeline(context, inputs, found, command = "wait-for-pipeline") {
  const { client, reporter, clock, signal } = context;
  const deadline = stepDeadline(context, inputs.timeoutMs);
  const readDeadline = () => wallDeadline(context, inputs.timeoutMs) + FINAL_READ_GRACE_MS;
  let pipeline = found ?? await resolveTargetPipeline(client, inputs, {
    signal,
    deadline: wallDeadline(context, inputs.timeoutMs)
  });
  reporter.info(
    `Waiting for pipeline ${pipeline.id} (${pipeline.web_url}), at most ${formatDuration(Math.max(0, deadline - clock.now()))}`
  );
  const logs = inputs.followLog ? followTreeLogs(context, inputs.followJobs) : void 0;
  const schedule = { firstIntervalMs: inputs.intervalMs, maxIntervalMs: inputs.maxIntervalMs };
  let statuses = /* @__PURE__ */ new Map();
  let tree;
  let delay;
  let errors = 0;
  let first = true;
  let done = false;
  for (; ; ) {
    let activity = false;
    try {
      if (!first)
        pipeline = await getPipeline(client, {
          project: pipeline.project_id,
          pipelineId: pipeline.id,
          signal,
          deadline: readDeadline()
        });
      first = false;
      tree = await readPipelineTree(client, { pipeline, signal, deadline: readDeadline() });
      errors = 0;
      const seen = reportTreeChanges(context, tree, statuses);
      statuses = seen.statuses;
      activity = seen.changed;
      if (logs && await logs.readNew(tree)) activity = true;
      if (isPipelineWaitOver(pipeline.status, inputs.keepWaitingOnManual)) {
        done = true;
        break;
      }
    } catch (error) {
      if (signal?.aborted || !isTransientError(error) || ++errors > MAX_CONSECUTIVE_ERRORS) {
        throw error;
      }
      reporter.warning(
        `Reading pipeline ${pipeline.id} failed (${errorMessage(error)}); trying again`
      );
    }
    const now = clock.now();
    if (now >= deadline) break;
    delay = nextPollDelay(delay, schedule, { activity });
    await clock.sleep(Math.min(delay, deadline - now), signal);
  }
  await logs?.finish();
  const summarised = tree ? summarisePipelineTree(tree) : void 0;
  if (summarised) for (const line of pipelineTreeLines(summarised.pipeline)) reporter.info(line);
  for (const warning of summarised?.uncounted ?? []) {
    reporter.annotation("warning", warning, "Downstream pipeline not counted");
  }
  const label = `Pipeline ${pipeline.id}`;
  const counted = inputs.successStatuses;
  const outcome = !done ? "timed-out" : counted.includes(pipeline.status) ? "success" : "failed";
  const message = outcome === "timed-out" ? `Timed out after ${formatDuration(inputs.timeoutMs)}: ${label} is still ${pipeline.status}` : outcome === "success" ? `${label} ended ${pipeline.status}` : pipeline.status === "manual" || pipeline.status === "scheduled" ? `${label} is ${pipeline.status}: it waits for ${pipeline.status === "manual" ? "someone to play a job" : "a scheduled job"} (add ${pipeline.status} to success-statuses, or set keep-waiting-on-manual)` : `${label} ended ${pipeline.status}${failedJobs(summarised?.pipeline)}, not one of: ${counted.join(", ")}`;
  return reportPipelineEnd(context, {
    command,
    pipeline,
    outcome,
    message,
    summary: summarised?.pipeline
  });
}
function failedJobs(pipeline) {
  if (!pipeline) return "";
  const names = [];
  const walk = (level) => {
    for (const stage of level.stages) {
      for (const job of stage.jobs) {
        if (job.status === "failed" && !job.allowFailure) names.push(job.name);
        if (job.bridge?.downstream) walk(job.bridge.downstream);
      }
    }
  };
  walk(pipeline);
  return names.length > 0 ? ` (failed: ${[...new Set(names)].join(", ")})` : "";
}

export {
  pipelineEndpointPath,
  RefParamSchema,
  InputsParamSchema,
  TriggerTokenParamSchema,
  PipelineDetailSchema,
  listProjectPipelines,
  getPipeline,
  reportPipelineEnd,
  isPipelineWaitOver,
  runWaitForPipeline
};
