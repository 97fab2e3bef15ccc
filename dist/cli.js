#!/usr/bin/env node
import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  JobOrBridgeSchema,
  describeStepError,
  findJobRetry,
  inputLabel,
  jobActionLine,
  printableText,
  runStep,
  stripAnsiStream,
  systemClock
} from "./chunks/chunk-NCS65PAL.js";
import {
  cancelJob,
  cancelStartedJob
} from "./chunks/chunk-FQRENYPA.js";
import {
  JOBRELAY_VERSION,
  STARTED_JOB_STATE,
  createNetworkFetch,
  createStepClient,
  decodeStartedJob,
  formatStatusChange,
  postJobAction,
  resolveEnvironmentInputs
} from "./chunks/chunk-ZPTZNYZA.js";
import {
  MASK_MIN_LENGTH,
  RawInputsSchema,
  STEP_COMMANDS,
  detectTokenType,
  inputsFor,
  isStepCommand,
  parseStepInputs,
  requireToken,
  validateRawInputs,
  variableEntries
} from "./chunks/chunk-ZDZOMQH2.js";
import {
  listPipelineBridges
} from "./chunks/chunk-CNSW6JFK.js";
import {
  DEFAULT_POLL_SCHEDULE,
  getJobTrace,
  isGitLabHttpError,
  isInvalidInputError,
  isNetworkError,
  readStream
} from "./chunks/chunk-NTBHQ42I.js";
import {
  formatDuration
} from "./chunks/chunk-DROKWXGZ.js";
import "./chunks/chunk-NKSKERGS.js";
import {
  CallOptionsSchema,
  JobParamsSchema,
  getJob
} from "./chunks/chunk-OBXJ5AND.js";
import "./chunks/chunk-E3EP7K6C.js";
import {
  jobListEndpoint,
  listPipelineJobs,
  listQuery,
  paginate
} from "./chunks/chunk-YBZB3JSA.js";
import {
  InvalidInputError,
  JobSchema,
  ListOptionsEntries,
  PipelineSchema,
  ProjectRefParamSchema,
  REDACTED,
  TimestampSchema,
  UserSchema,
  hasControlCharacter,
  jobPath,
  parseParams,
  requestEntity
} from "./chunks/chunk-G7Q4FV4K.js";
import {
  JOB_SCOPES,
  array,
  boolean,
  errorMessage,
  integer,
  isJobRelayError,
  length,
  looseObject,
  nullable,
  number,
  object,
  optional,
  partial,
  pick,
  picklist,
  pipe,
  strictObject,
  string,
  transform,
  union
} from "./chunks/chunk-HG77K7LZ.js";
import "./chunks/chunk-7QHSCVNK.js";

// src/steps/parse-connection-inputs.ts
var ConnectionSchema = object({
  ...pick(RawInputsSchema, [
    "gitlab-url",
    "token",
    "token-type",
    "ca-file",
    "job",
    "pipeline",
    "timeout",
    "request-timeout"
  ]).entries,
  project: union([
    pipe(
      string(),
      length(0),
      transform(() => void 0)
    ),
    RawInputsSchema.entries.project
  ])
});
function parseConnectionInputs(raw, require2 = []) {
  const r = validateRawInputs(ConnectionSchema, raw);
  requireToken(r.token);
  const parsed = {
    gitlabUrl: r["gitlab-url"],
    token: r.token,
    tokenType: r["token-type"] === "auto" ? detectTokenType(r.token) : r["token-type"],
    caFile: r["ca-file"],
    project: r.project,
    job: r.job,
    pipeline: r.pipeline,
    timeoutMs: r.timeout,
    requestTimeoutMs: r["request-timeout"]
  };
  for (const name of require2) {
    if (parsed[name] === void 0)
      throw new InvalidInputError(name, "", "is required for this command");
  }
  return parsed;
}

// src/steps/step-result.ts
var EXIT_CODES = Object.freeze({
  /** The step did what it was asked. */
  success: 0,
  /** The job (pipeline) ended in a status that does not count as success. */
  jobFailed: 1,
  /** Bad usage: a missing or invalid input or option. */
  usage: 2,
  /** The timeout passed before the job got where it was awaited. */
  timedOut: 3,
  /** GitLab answered with an error, or the network failed. */
  apiError: 4
});
function exitCodeForResult(result) {
  if (result.outcome === "success") return EXIT_CODES.success;
  return result.outcome === "timed-out" ? EXIT_CODES.timedOut : EXIT_CODES.jobFailed;
}
function exitCodeForError(error) {
  if (isJobRelayError(error) && error.code === "INVALID_INPUT") return EXIT_CODES.usage;
  if (isJobRelayError(error) && error.code === "TIMEOUT") return EXIT_CODES.timedOut;
  return EXIT_CODES.apiError;
}

// src/gitlab/jobs/erase-job.ts
async function eraseJob(client, params) {
  const p = parseParams(JobParamsSchema, params, "eraseJob");
  return postJobAction(
    client,
    {
      operation: "eraseJob",
      route: "POST /projects/:id/jobs/:job_id/erase",
      path: jobPath(p.project, p.jobId, "erase"),
      signal: p.signal,
      deadline: p.deadline
    },
    JobSchema,
    p,
    async (target) => {
      const job2 = await getJob(client, target);
      return job2.erased_at ? job2 : void 0;
    }
  );
}

// src/gitlab/schemas/allowed-agents.ts
var AllowedAgentConfigProjectSchema = looseObject({
  id: pipe(number(), integer()),
  description: nullable(string()),
  name: string(),
  name_with_namespace: string(),
  path: string(),
  path_with_namespace: string(),
  created_at: TimestampSchema
});
var AllowedAgentConfigurationSchema = looseObject({
  default_namespace: optional(string()),
  access_as: optional(looseObject({})),
  // Set, the agent is listed only for jobs whose environment matches one of these patterns.
  environments: optional(array(string())),
  protected_branches_only: optional(boolean())
});
var AllowedAgentSchema = looseObject({
  id: pipe(number(), integer()),
  config_project: AllowedAgentConfigProjectSchema,
  // Missing from the documents' example; real servers send it.
  configuration: optional(AllowedAgentConfigurationSchema)
});
var AllowedAgentsJobSchema = looseObject({
  id: pipe(number(), integer()),
  name: optional(string()),
  stage: optional(string()),
  project_id: optional(pipe(number(), integer())),
  project_name: optional(string())
});
var AllowedAgentsPipelineSchema = looseObject({
  ...partial(PipelineSchema).entries,
  id: pipe(number(), integer())
});
var AllowedAgentsProjectSchema = looseObject({
  ...partial(AllowedAgentConfigProjectSchema).entries,
  id: pipe(number(), integer()),
  // Missing from the documents' example; real servers send it (empty for a personal project).
  groups: optional(array(looseObject({ id: pipe(number(), integer()) })))
});
var AllowedAgentsUserSchema = looseObject({
  ...partial(UserSchema).entries,
  id: pipe(number(), integer()),
  username: string(),
  // Missing from the documents' example; real servers send it, e.g. `["guest", "reporter"]`.
  roles_in_project: optional(array(string()))
});
var AllowedAgentsEnvironmentSchema = looseObject({
  tier: string(),
  slug: string()
});
var AllowedAgentsSchema = looseObject({
  allowed_agents: array(AllowedAgentSchema),
  job: AllowedAgentsJobSchema,
  pipeline: AllowedAgentsPipelineSchema,
  project: AllowedAgentsProjectSchema,
  user: AllowedAgentsUserSchema,
  // Absent when the job has no environment.
  environment: optional(AllowedAgentsEnvironmentSchema)
});

// src/gitlab/jobs/get-allowed-agents.ts
async function getAllowedAgents(client, options = {}) {
  const p = parseParams(CallOptionsSchema, options, "getAllowedAgents");
  return requestEntity(
    client,
    {
      operation: "getAllowedAgents",
      route: "GET /job/allowed_agents",
      method: "GET",
      path: "job/allowed_agents",
      ...p
    },
    AllowedAgentsSchema
  );
}

// src/gitlab/jobs/get-job-token-job.ts
async function getJobTokenJob(client, options = {}) {
  const p = parseParams(CallOptionsSchema, options, "getJobTokenJob");
  return requestEntity(
    client,
    { operation: "getJobTokenJob", route: "GET /job", method: "GET", path: "job", ...p },
    JobSchema
  );
}

// src/gitlab/jobs/list-project-jobs.ts
var ListProjectJobsParamsSchema = strictObject({
  project: ProjectRefParamSchema,
  /** `keyset` (default: GitLab's efficient mode, no offset limit) or `offset`. */
  pagination: optional(picklist(["keyset", "offset"]), "keyset"),
  ...ListOptionsEntries
});
function listProjectJobs(client, params) {
  const p = parseParams(ListProjectJobsParamsSchema, params, "listProjectJobs");
  return paginate(client, {
    ...jobListEndpoint({ list: "listProjectJobs", project: p.project }),
    query: listQuery(p.scope),
    perPage: p.perPage,
    maxItems: p.maxItems,
    maxPages: p.maxPages,
    keyset: p.pagination === "keyset",
    signal: p.signal,
    deadline: p.deadline
  });
}

// src/gitlab/jobs/retry-job.ts
async function retryJob(client, params) {
  const p = parseParams(JobParamsSchema, params, "retryJob");
  return postJobAction(
    client,
    {
      operation: "retryJob",
      route: "POST /projects/:id/jobs/:job_id/retry",
      path: jobPath(p.project, p.jobId, "retry"),
      signal: p.signal,
      deadline: p.deadline
    },
    JobOrBridgeSchema,
    p,
    async (target) => {
      const old = await getJob(client, target);
      return findJobRetry(client, { ...target, job: old });
    }
  );
}

// src/cli/format-api-result.ts
var COLUMNS = ["ID", "STATUS", "STAGE", "NAME", "URL"];
function formatApiResult(result) {
  if (Array.isArray(result)) return formatJobTable(result);
  const record = result ?? {};
  if (typeof record.id === "number" && typeof record.status === "string") {
    const pipeline = record.pipeline;
    const lines = [
      `job ${record.id} ${cell(record.name)}: ${cell(record.status)}`,
      `  stage ${cell(record.stage)}, ref ${cell(record.ref)}${pipeline?.id ? `, pipeline ${pipeline.id}` : ""}`,
      `  ${cell(record.web_url)}`
    ];
    if (record.failure_reason) lines.push(`  failure reason: ${cell(record.failure_reason)}`);
    return `${lines.join("\n")}
`;
  }
  return `${JSON.stringify(result, null, 2)}
`;
}
function formatJobTable(jobs) {
  if (jobs.length === 0) return "No jobs.\n";
  const rows = jobs.map((job2) => [
    cell(job2.id),
    cell(job2.status),
    cell(job2.stage),
    cell(job2.name),
    cell(job2.web_url)
  ]);
  const table = [[...COLUMNS], ...rows];
  const widths = COLUMNS.map(
    (_, column) => Math.max(...table.map((row) => (row[column] ?? "").length))
  );
  const line = (row) => row.map((text, column) => {
    const width = widths[column] ?? 0;
    if (column === row.length - 1) return text;
    return column === 0 ? text.padStart(width) : text.padEnd(width);
  }).join("  ").trimEnd();
  return `${table.map(line).join("\n")}
`;
}
function cell(value) {
  const text = value === null || value === void 0 ? "-" : String(value);
  return printableText(text);
}

// src/cli/api-command.ts
var shown = (data) => ({ data, text: formatApiResult(data) });
async function statusBefore(context) {
  try {
    return (await getJob(context.client, job(context))).status;
  } catch (error) {
    if (context.signal.aborted) throw error;
    return void 0;
  }
}
function jobAction(verb, act, describe) {
  return {
    requires: ["project", "job"],
    run: async (context) => {
      const before = describe ? void 0 : await statusBefore(context);
      const after = await act(context);
      const project = context.inputs.project;
      const target = { ...after, id: context.inputs.job };
      const line = describe ? jobActionLine(verb, project, target, { what: describe(after) }) : jobActionLine(verb, project, target, { before, after: after.status });
      return { data: after, text: `${line}
` };
    }
  };
}
var job = (context) => ({
  project: context.inputs.project,
  jobId: context.inputs.job,
  signal: context.signal,
  deadline: context.deadline
});
var API_COMMAND_TABLE = {
  list: {
    requires: ["project"],
    run: (context) => {
      const common = {
        project: context.inputs.project,
        scope: context.scope,
        maxItems: context.limit,
        signal: context.signal,
        deadline: context.deadline
      };
      const jobs = context.inputs.pipeline === void 0 ? listProjectJobs(context.client, common).toArray() : listPipelineJobs(context.client, {
        ...common,
        pipelineId: context.inputs.pipeline,
        includeRetried: context.includeRetried || void 0
      }).toArray();
      return jobs.then(shown);
    }
  },
  bridges: {
    requires: ["project", "pipeline"],
    run: (context) => listPipelineBridges(context.client, {
      project: context.inputs.project,
      pipelineId: context.inputs.pipeline,
      scope: context.scope,
      maxItems: context.limit,
      signal: context.signal,
      deadline: context.deadline
    }).toArray().then(shown)
  },
  get: {
    requires: ["project", "job"],
    run: (context) => getJob(context.client, job(context)).then(shown)
  },
  cancel: jobAction("Cancelled", (context) => cancelJob(context.client, job(context))),
  retry: jobAction(
    "Retried",
    (context) => retryJob(context.client, job(context)),
    (after) => `new job ${after.id} is ${after.status}`
  ),
  erase: jobAction(
    "Erased",
    (context) => eraseJob(context.client, job(context)),
    () => "its log and artifacts are gone"
  ),
  whoami: {
    requires: [],
    run: (context) => getJobTokenJob(context.client, { signal: context.signal, deadline: context.deadline }).then(
      shown
    )
  },
  agents: {
    requires: [],
    run: (context) => getAllowedAgents(context.client, { signal: context.signal, deadline: context.deadline }).then(
      shown
    )
  },
  trace: {
    requires: ["project", "job"],
    run: async (context) => {
      let stream = await getJobTrace(context.client, job(context));
      if (context.stripAnsi) stream = stream.pipeThrough(stripAnsiStream());
      const decoder = new TextDecoder();
      for await (const chunk of readStream(stream, context.signal)) {
        if (context.stdout.writeBytes) context.stdout.writeBytes(chunk);
        else context.stdout.write(decoder.decode(chunk, { stream: true }));
      }
      return void 0;
    }
  }
};

// src/cli/cli-commands.ts
var CONNECTION = ["gitlab-url", "token", "token-type", "ca-file", "timeout", "request-timeout"];
var STEP_SUMMARIES = {
  "wait-for-job": "Wait until a job ends; exit 0 if its status counts as success.",
  "trigger-manual-job": "Play a manual job once (waiting while it is created), with --var; --wait to wait for it.",
  "fetch-trace-artifact": "Save a job's log to --output (constant memory); --follow keeps appending until it ends.",
  "trigger-pipeline": "Create a pipeline on --ref (or with --trigger-token), with --var and --input; --wait to wait for it.",
  "wait-for-pipeline": "Wait until a pipeline (and the downstream pipelines it depends on) ends; exit 0 if its status counts as success.",
  "fetch-artifacts": "Save a job's artifacts archive (or one --artifact-path) to --output; --extract unzips it safely."
};
var stepCommand = (name, summary = STEP_SUMMARIES[name]) => ({
  name,
  summary,
  options: [...inputsFor("cli", name).map((input) => input.name), "json"]
});
var CLI_COMMANDS = [
  ...STEP_COMMANDS.map((name) => stepCommand(name)),
  { ...stepCommand("trigger-manual-job", "Alias of trigger-manual-job."), name: "play" },
  {
    name: "list",
    summary: "List a project's jobs, or a pipeline's with --pipeline, as a table.",
    options: [...CONNECTION, "project", "pipeline", "scope", "include-retried", "limit", "json"]
  },
  {
    name: "bridges",
    summary: "List a pipeline's trigger jobs, as a table.",
    options: [...CONNECTION, "project", "pipeline", "scope", "limit", "json"]
  },
  { name: "get", summary: "Show one job.", options: [...CONNECTION, "project", "job", "json"] },
  {
    name: "trace",
    summary: "Print a job's log to stdout.",
    options: [...CONNECTION, "project", "job", "strip-ansi"]
  },
  {
    name: "cancel",
    summary: "Cancel a job, and say its status before and after.",
    options: [...CONNECTION, "project", "job", "json"]
  },
  {
    name: "retry",
    summary: "Retry a job, and say which new job runs it.",
    options: [...CONNECTION, "project", "job", "json"]
  },
  {
    name: "erase",
    summary: "Erase a job's log and artifacts.",
    options: [...CONNECTION, "project", "job", "json"]
  },
  {
    name: "whoami",
    summary: "Show the job a CI job token belongs to (GET /job).",
    options: [...CONNECTION, "json"]
  },
  {
    name: "agents",
    summary: "Show the Kubernetes agents a CI job token may use (GET /job/allowed_agents).",
    options: [...CONNECTION, "json"]
  },
  {
    name: "emulator",
    summary: "Serve the local GitLab Jobs API emulator (see jobrelay emulator --help).",
    options: []
  }
];
function findCliCommand(name) {
  return CLI_COMMANDS.find((command) => command.name === name);
}

// src/cli/cli-options.ts
import { parseArgs } from "node:util";
var CLI_ONLY_OPTIONS = [
  {
    name: "json",
    boolean: true,
    description: 'Print the result as JSON on stdout (numbers, booleans and nulls typed; an error as {"error": {\u2026}}); logs stay on stderr.'
  },
  {
    name: "scope",
    boolean: false,
    multiple: true,
    description: "list, bridges: only jobs in these statuses (created, pending, running, failed, success, canceled, skipped, manual); repeatable or comma-separated."
  },
  { name: "include-retried", boolean: true, description: "list --pipeline: include retried jobs." },
  {
    name: "limit",
    boolean: false,
    description: "list, bridges: at most this many jobs (default 100)."
  },
  { name: "help", boolean: true, short: "h", description: "Show this help.", everywhere: true },
  {
    name: "version",
    boolean: true,
    short: "V",
    description: "Print the version.",
    everywhere: true
  }
];
function parseCommandLine(argv) {
  const stepInputs = inputsFor("cli");
  const booleans = new Set(stepInputs.filter((input) => input.boolean).map((input) => input.name));
  const aliases = new Map(
    stepInputs.flatMap((input) => input.cliAlias ? [[input.cliAlias, input.name]] : [])
  );
  const options = {};
  for (const input of stepInputs) {
    if (input.cliRepeatable) options[input.cliRepeatable] = { type: "string", multiple: true };
    else options[input.name] = { type: "string" };
  }
  for (const option2 of CLI_ONLY_OPTIONS) {
    options[option2.name] = {
      type: option2.boolean ? "boolean" : "string",
      ...option2.multiple ? { multiple: true } : {},
      ...option2.short ? { short: option2.short } : {}
    };
  }
  const args = argv.map((arg) => normaliseFlag(arg, booleans, aliases));
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw commandLineError(error, new Set(Object.keys(options)));
  }
  const values = parsed.values;
  const inputs = {};
  for (const input of stepInputs) {
    const value = values[input.cliRepeatable ?? input.name];
    if (Array.isArray(value)) inputs[input.name] = value.join("\n");
    else if (typeof value === "string") inputs[input.name] = value;
  }
  const [command, ...positionals] = parsed.positionals;
  const byFlag = new Map(
    stepInputs.flatMap(
      (input) => input.cliRepeatable ? [[input.cliRepeatable, input.name]] : []
    )
  );
  const given = (parsed.tokens ?? []).flatMap(
    (token) => token.kind === "option" ? [byFlag.get(token.name) ?? token.name] : []
  );
  const scope = values.scope ?? [];
  return {
    command,
    positionals,
    inputs,
    json: values.json === true,
    scope: scope.flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean),
    includeRetried: values["include-retried"] === true,
    limit: values.limit,
    help: values.help === true,
    version: values.version === true,
    given: [...new Set(given)]
  };
}
function commandLineError(error, known) {
  const code = error.code;
  const message = error instanceof Error ? error.message : "";
  const quoted = /'(-{1,2}[^' ]*)/.exec(message)?.[1] ?? "";
  const name = quoted.replace(/^-+/, "");
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return PLAIN_OPTION.test(quoted) ? new InvalidInputError(quoted, "", "is not a jobrelay option (see jobrelay --help)") : new InvalidInputError(
      "option",
      "",
      "one is not a jobrelay option (not shown, in case it holds a secret; see jobrelay --help)"
    );
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && known.has(name)) {
    const option2 = `--${name}`;
    if (message.includes("does not take an argument")) {
      return new InvalidInputError(option2, "", "takes no value (see jobrelay --help)");
    }
    if (message.includes("ambiguous")) {
      return new InvalidInputError(
        option2,
        "",
        `needs a value; a value starting with a dash is written ${option2}=-\u2026`
      );
    }
    return new InvalidInputError(option2, "", "needs a value");
  }
  return new InvalidInputError("command line", "", "cannot be read (see jobrelay --help)");
}
var PLAIN_OPTION = /^-{1,2}[a-z][a-z-]{0,30}$/;
function normaliseFlag(arg, booleans, aliases) {
  const match = /^--(no-)?([a-z][a-z0-9-]*)(=.*)?$/.exec(arg);
  if (!match) return arg;
  const [, negated, rawName = "", value] = match;
  const name = aliases.get(rawName) ?? rawName;
  if (!booleans.has(name)) return negated ? arg : `--${name}${value ?? ""}`;
  if (value !== void 0) return negated ? arg : `--${name}${value}`;
  return `--${name}=${negated ? "false" : "true"}`;
}
function environmentName(input) {
  return `JOBRELAY_${input.toUpperCase().replace(/-/g, "_")}`;
}
function inputsWithEnvironment(inputs, env) {
  const merged = {};
  for (const input of inputsFor("cli")) {
    const given = inputs[input.name];
    merged[input.name] = given?.trim() ? given : env[environmentName(input.name)] ?? "";
  }
  return merged;
}

// src/cli/cli-help.ts
var option = (flag, text) => `  ${flag.padEnd(34)} ${text}`;
function inputLine(input) {
  const flag = input.cliRepeatable ? `--${input.cliRepeatable} KEY=VALUE` : input.boolean ? `--${input.name}${input.cliAlias ? `, --${input.cliAlias}` : ""}` : `--${input.name} <value>`;
  const fallback = input.default && !input.boolean ? ` [default: ${input.default}]` : "";
  return option(flag, `${input.description}${fallback}`);
}
function optionLines(names) {
  const inputs = inputsFor("cli").filter((input) => !names || names.includes(input.name));
  const own = CLI_ONLY_OPTIONS.filter(
    (cliOption) => !names || names.includes(cliOption.name) || cliOption.everywhere
  ).map(
    (cliOption) => option(
      `${cliOption.short ? `-${cliOption.short}, ` : ""}--${cliOption.name}${cliOption.boolean ? "" : " <value>"}`,
      cliOption.description
    )
  );
  return [...inputs.map(inputLine), ...own];
}
var PIPELINE_VERDICT = `The verdict is the awaited pipeline's own status (--success-statuses). A downstream pipeline
counts through its bridge as GitLab counts it: with strategy: depend the bridge takes its status
(a failed or skipped pipeline fails it, unless allow_failure); without, the bridge succeeds once
the pipeline is created, so that pipeline may fail later without failing this one (a warning says so).`;
var EXIT_CODES2 = `Exit codes:
  0  success
  1  the job ended in a failing state (not one of --success-statuses; for the pipeline commands the
     pipeline's), or fetch-artifacts refused an archive entry
  2  bad usage: a missing or invalid option, or one the command does not take (the message names it)
  3  timed out (--timeout passed, or GitLab did not answer within --request-timeout)
  4  GitLab answered with an error, or the network failed
  130  interrupted (SIGINT/SIGTERM)`;
var NETWORK = `Network: HTTPS_PROXY, HTTP_PROXY and NO_PROXY (or their lower-case forms) are honoured as
curl does; --ca-file (or NODE_EXTRA_CA_CERTS) adds the CA of a self-managed GitLab or a TLS-inspecting proxy.`;
function cliHelp(version) {
  const first = DEFAULT_POLL_SCHEDULE.firstIntervalMs / 1e3;
  const cap = DEFAULT_POLL_SCHEDULE.maxIntervalMs / 1e3;
  const commandLine = (command) => `  ${command.name.padEnd(23)} ${command.summary}`;
  return `jobrelay ${version}: wait for, play and read GitLab CI jobs, run and follow pipelines, fetch artifacts, from any CI.

Usage: jobrelay <command> [options]       jobrelay <command> --help shows a command's options.

Step commands (the GitHub Action's and the GitLab components' commands):
${CLI_COMMANDS.filter((command) => isStepCommand(command.name)).map(commandLine).join("\n")}

Other commands:
${CLI_COMMANDS.filter((command) => !isStepCommand(command.name)).map(commandLine).join("\n")}

Options (each also read from the environment as ${environmentName("<name>")}, e.g. ${environmentName("gitlab-url")}):
${optionLines(void 0).join("\n")}

Boolean options take --<name>, --no-<name> or --<name>=true|false.

Environment: inside a GitLab job nothing else is needed: CI_API_V4_URL (or CI_SERVER_URL),
CI_JOB_TOKEN (token type job), CI_PROJECT_ID and CI_PIPELINE_ID are used. Elsewhere GITLAB_URL and
GITLAB_TOKEN (token type private). A job token can only do this through the jobrelay relay
(--gitlab-url <relay>): GitLab itself lets it read no other job.

${NETWORK}

Polling: every ${first} s at first, doubling up to ${cap} s (--interval, --max-interval), back to ${first} s
whenever the job changes or its log grows: at most 30 requests a minute per waiting job (twice that
while following a log), far below GitLab.com's 2,000 a minute per user. A 429 answer is
honoured (Retry-After). The wait ends at --timeout (default 30m).

Timeouts: every request, in every command, gets --request-timeout (default 30s) to answer, and a
log being read as long between two pieces; a GET is tried again (up to 4 times), then the
command exits 3. --timeout bounds the whole command, retries included.

Masking: tokens are always masked. Like GitLab, which masks only values of 8 characters or more,
--var values shorter than 8 are not masked (a FLAG=true would hide every "true" of the log);
--mask-var KEY=VALUE plays a variable whose value is masked whatever its length.

Output: progress and errors go to stderr; stdout carries the result (a table, a line, a log), or
with --json one JSON value: the result, or {"error": {"code", "message", \u2026}}.

${EXIT_CODES2}

Commands: ${CLI_COMMANDS.map((command) => command.name).join(", ")}.
`;
}
function commandHelp(command, version) {
  const follow = command.name === "wait-for-job" || command.name === "trigger-manual-job" || command.name === "play" ? "\nWith --follow the job log goes to stdout (pipe it), progress to stderr.\n" : command.name === "wait-for-pipeline" || command.name === "trigger-pipeline" ? `
With --follow-log=<job>,<job> (--follow: every job) those jobs' logs go to stdout, progress to stderr.
${PIPELINE_VERDICT}
` : "";
  return `jobrelay ${version} ${command.name}: ${command.summary}

Usage: jobrelay ${command.name} [options]

Options (each also read from the environment as ${environmentName("<name>")}):
${optionLines(command.options).join("\n")}
${follow}
${NETWORK}

${EXIT_CODES2}
`;
}

// src/cli/cli-reporter.ts
function createCliReporter(stderr, env, options = {}) {
  const secrets = [];
  const inGitLab = env.GITLAB_CI === "true";
  const outputs = {};
  const state = /* @__PURE__ */ new Map();
  const now = options.now ?? Date.now;
  let sections = 0;
  let openSection;
  let lastError;
  const sink = (target) => {
    let atLineStart = true;
    const write = (text) => {
      if (!text) return;
      target.write(maskSecrets(text, secrets));
      atLineStart = text.endsWith("\n");
    };
    const line2 = (text) => {
      if (!atLineStart) write("\n");
      write(`${text}
`);
    };
    return { write, line: line2 };
  };
  const progress = sink(stderr);
  const log = options.log ? sink(options.log) : progress;
  const line = progress.line;
  const unix = () => Math.floor(now() / 1e3);
  return {
    outputs,
    state,
    mask: (text) => maskSecrets(text, secrets),
    info: (message) => line(message),
    warning: (message) => line(`warning: ${message}`),
    startGroup(title) {
      const clean = Array.from(title, (char) => hasControlCharacter(char) ? " " : char).join("");
      if (inGitLab) {
        openSection = `jobrelay_${++sections}`;
        log.line(
          `\x1B[0Ksection_start:${unix()}:${openSection}[collapsed=true]\r\x1B[0K${clean}`
        );
      } else log.line(`\u2500\u2500 ${clean}`);
    },
    endGroup() {
      if (inGitLab && openSection)
        log.line(`\x1B[0Ksection_end:${unix()}:${openSection}\r\x1B[0K`);
      openSection = void 0;
    },
    remoteLog: (text) => log.write(text),
    statusChange: (change) => line(formatStatusChange(change)),
    setOutput(name, value) {
      outputs[name] = value;
    },
    async summary(summary) {
      const lines = renderSummaryText(summary);
      const rest = summary.headline === lastError ? lines.slice(1) : lines;
      for (const text of rest) line(text);
    },
    annotation: (level, message) => {
      if (level === "error") lastError = message;
      line(`${level}: ${message}`);
    },
    setSecret(value) {
      if (!value || secrets.includes(value)) return;
      secrets.push(value);
      secrets.sort((a, b) => b.length - a.length);
    },
    saveState(name, value) {
      state.set(name, value);
    }
  };
}
function maskSecrets(text, secrets) {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REDACTED);
  return out;
}
function renderSummaryText(summary) {
  const { job: job2, pipeline } = summary;
  const lines = [`${summary.command}: ${summary.headline}`];
  if (job2) {
    lines.push(
      `  job:      #${job2.id} ${job2.name}`,
      `  status:   ${job2.status}`,
      `  duration: ${job2.durationSeconds === null ? "-" : formatDuration(job2.durationSeconds * 1e3)}`,
      `  link:     ${job2.webUrl}`
    );
    if (job2.failureReason) lines.push(`  reason:   ${job2.failureReason}`);
  }
  if (pipeline) {
    lines.push(
      `  pipeline: #${pipeline.id}`,
      `  status:   ${pipeline.status}`,
      `  duration: ${pipeline.durationSeconds === null ? "-" : formatDuration(pipeline.durationSeconds * 1e3)}`,
      `  link:     ${pipeline.webUrl}`
    );
  }
  for (const [label, value] of summary.details) lines.push(`  ${label}: ${value}`);
  if (summary.logTail.length > 0) {
    lines.push(`  last ${summary.logTail.length} lines of the log:`);
    for (const tailLine of summary.logTail) lines.push(`    ${tailLine}`);
  }
  return lines;
}

// src/cli/command-line-secrets.ts
var TOKEN_VARIABLES = [
  "JOBRELAY_TOKEN",
  "GITLAB_TOKEN",
  "CI_JOB_TOKEN",
  "JOBRELAY_TRIGGER_TOKEN"
];
function entries(value) {
  const parsed = variableEntries(value);
  if (typeof parsed !== "string") return parsed.map((entry) => entry.text);
  return value.split(/\r?\n/);
}
function commandLineSecrets(argv, env) {
  const secrets = [];
  const variable = (assignment, forced) => {
    const value = assignment.slice(assignment.indexOf("=") + 1);
    if (assignment.includes("=") && (forced || value.length >= MASK_MIN_LENGTH)) {
      secrets.push(value);
    }
  };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? "";
    const match = /^--(token|trigger-token|var|mask-var|input)(?:=(.*))?$/s.exec(arg);
    if (!match) continue;
    const value = match[2] ?? argv[index + 1] ?? "";
    if (match[1] === "token" || match[1] === "trigger-token") secrets.push(value.trim());
    else for (const line of value.split(/\r?\n/)) variable(line, match[1] === "mask-var");
  }
  for (const name of TOKEN_VARIABLES) secrets.push(env[name]?.trim() ?? "");
  for (const entry of entries(env.JOBRELAY_VARIABLES ?? "")) variable(entry, false);
  for (const entry of entries(env.JOBRELAY_MASKED_VARIABLES ?? "")) variable(entry, true);
  for (const entry of entries(env.JOBRELAY_INPUTS ?? "")) variable(entry, false);
  return [...new Set(secrets.filter(Boolean))];
}

// src/cli/error-as-json.ts
function errorAsJson(error, message, exitCode) {
  const body = {
    code: isJobRelayError(error) ? error.code : "UNEXPECTED",
    message,
    exitCode
  };
  if (isInvalidInputError(error)) body.option = inputLabel(error.field, "cli");
  if (isGitLabHttpError(error)) {
    body.status = error.status;
    body.method = error.method;
  }
  if (isNetworkError(error)) body.method = error.method;
  return { error: body };
}

// src/cli/outputs-as-json.ts
var NUMBERS = [
  "job-id",
  "pipeline-id",
  "duration",
  "bytes",
  "extracted-files"
];
var BOOLEANS = ["timed-out"];
function outputsAsJson(outputs) {
  const json = {};
  for (const [name, value] of Object.entries(outputs)) {
    if (value === "") json[name] = null;
    else if (NUMBERS.includes(name) && Number.isFinite(Number(value))) json[name] = Number(value);
    else if (BOOLEANS.includes(name)) json[name] = value === "true";
    else json[name] = value;
  }
  return json;
}

// src/cli/run-cli.ts
var INTERRUPTED_EXIT_CODE = 130;
async function runCli(argv, io) {
  const signal = io.signal ?? new AbortController().signal;
  let logTarget = io.stderr;
  const reporter = createCliReporter(io.stderr, io.env, {
    log: { write: (text) => logTarget.write(text) }
  });
  for (const secret of commandLineSecrets(argv, io.env)) reporter.setSecret(secret);
  const json = argv.some((arg) => arg === "--json" || arg === "--json=true");
  let sent;
  try {
    if (argv[0] === "emulator") return await runEmulator(argv.slice(1), io, signal);
    const line = parseCommandLine(argv);
    if (line.version) {
      io.stdout.write(`${JOBRELAY_VERSION}
`);
      return EXIT_CODES.success;
    }
    if (line.command === void 0 || line.command === "help") {
      const about = findCliCommand(line.positionals[0]);
      const usage = line.command === void 0 && !line.help;
      (usage ? io.stderr : io.stdout).write(
        about ? commandHelp(about, JOBRELAY_VERSION) : cliHelp(JOBRELAY_VERSION)
      );
      return usage ? EXIT_CODES.usage : EXIT_CODES.success;
    }
    const cliCommand = findCliCommand(line.command);
    if (!cliCommand) {
      throw new InvalidInputError(
        "command",
        /^[a-z][a-z-]{0,23}$/.test(line.command) ? JSON.stringify(line.command) : "",
        "is not a jobrelay command (see jobrelay --help)"
      );
    }
    if (line.help) {
      io.stdout.write(commandHelp(cliCommand, JOBRELAY_VERSION));
      return EXIT_CODES.success;
    }
    if (line.positionals.length > 0) {
      throw new InvalidInputError(
        "command line",
        "",
        `${line.positionals.length} unexpected argument(s) after the command; every value goes with its option (--job 42), a flag's with = (--wait=false)`
      );
    }
    for (const name of line.given) {
      if (cliCommand.options.includes(name) || name === "help" || name === "version") continue;
      const label = inputLabel(name, "cli");
      throw new InvalidInputError(
        label.startsWith("--") ? label : `--${name}`,
        "",
        `is not an option of ${cliCommand.name} (see jobrelay ${cliCommand.name} --help)`
      );
    }
    const raw = resolveEnvironmentInputs(inputsWithEnvironment(line.inputs, io.env), io.env);
    if (raw.token) reporter.setSecret(raw.token);
    const command = line.command === "play" ? "trigger-manual-job" : line.command;
    if (isStepCommand(command)) {
      const inputs2 = parseStepInputs({ ...raw, command });
      sent = inputs2;
      if (inputs2.followLog && !line.json && command !== "fetch-trace-artifact") {
        logTarget = io.stdout;
      }
      const client2 = createStepClient(inputs2, await transport(io, inputs2.caFile));
      const clock = io.clock ?? systemClock;
      let result2;
      try {
        result2 = await runStep({ client: client2, reporter, clock, signal, startedAt: clock.now() }, inputs2);
      } catch (error) {
        if (signal.aborted && inputs2.cancelOnAbort) await cancelOnAbort(client2, reporter);
        throw error;
      }
      if (line.json) io.stdout.write(`${JSON.stringify(outputsAsJson(result2.outputs))}
`);
      return exitCodeForResult(result2);
    }
    const apiCommand = API_COMMAND_TABLE[command];
    if (!apiCommand) throw new InvalidInputError("command", "", "has no implementation");
    const inputs = parseConnectionInputs(raw, apiCommand.requires);
    sent = inputs;
    const stripAnsi = validateRawInputs(StripAnsiSchema, raw)["strip-ansi"];
    const scope = parseScope(line.scope);
    const limit = parseLimit(line.limit);
    const client = createStepClient(inputs, await transport(io, inputs.caFile));
    const result = await apiCommand.run({
      client,
      inputs,
      scope,
      includeRetried: line.includeRetried,
      limit,
      stripAnsi,
      signal,
      deadline: Date.now() + inputs.timeoutMs,
      stdout: io.stdout
    });
    if (result !== void 0) {
      io.stdout.write(line.json ? `${JSON.stringify(result.data)}
` : result.text);
    }
    return EXIT_CODES.success;
  } catch (error) {
    if (signal.aborted) {
      reporter.info("Interrupted.");
      if (json) {
        const stopped = { error: { code: "INTERRUPTED", message: "Interrupted.", exitCode: 130 } };
        io.stdout.write(`${JSON.stringify(stopped)}
`);
      }
      return INTERRUPTED_EXIT_CODE;
    }
    const message = describeStepError(error, { face: "cli", ...sent });
    const code = exitCodeForError(error);
    reporter.annotation("error", message);
    if (json)
      io.stdout.write(`${reporter.mask(JSON.stringify(errorAsJson(error, message, code)))}
`);
    return code;
  }
  async function cancelOnAbort(client, r) {
    const started = decodeStartedJob(r.state.get(STARTED_JOB_STATE));
    if (!started) return;
    try {
      await cancelStartedJob(client, started, r);
    } catch (error) {
      r.warning(`Could not cancel job ${started.jobId}: ${errorMessage(error)}`);
    }
  }
}
var StripAnsiSchema = object({ "strip-ansi": RawInputsSchema.entries["strip-ansi"] });
async function transport(io, caFile) {
  const network = await createNetworkFetch({ env: io.env, caFile });
  const fetch = io.fetch ?? network;
  return fetch ? { fetch } : {};
}
function parseScope(values) {
  if (values.length === 0) return void 0;
  for (const value of values) {
    if (!JOB_SCOPES.includes(value)) {
      throw new InvalidInputError(
        "--scope",
        JSON.stringify(value),
        `must be one of ${JOB_SCOPES.join(", ")}`
      );
    }
  }
  return values;
}
function parseLimit(value) {
  if (value === void 0 || value.trim() === "") return 100;
  if (!/^[1-9]\d*$/.test(value.trim())) {
    throw new InvalidInputError(
      "--limit",
      JSON.stringify(value),
      "must be a positive whole number"
    );
  }
  return Number(value);
}
async function runEmulator(argv, io, signal) {
  const { runEmulatorCli } = await import("./chunks/emulator-main-SNHQ3HYE.js");
  return runEmulatorCli(argv, {
    stdout: io.stdout,
    stderr: io.stderr,
    ...io.signal ? { signal } : {}
  });
}

// src/cli/run-cli-process.ts
async function runCliProcess() {
  const controller = new AbortController();
  const stop = (name) => controller.abort(new Error(`Stopped by ${name}`));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    return await runCli(process.argv.slice(2), {
      env: process.env,
      stdout: {
        write: (text) => process.stdout.write(text),
        writeBytes: (bytes) => process.stdout.write(bytes)
      },
      stderr: { write: (text) => process.stderr.write(text) },
      signal: controller.signal
    });
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
}

// src/cli/index.ts
process.exitCode = await runCliProcess();
