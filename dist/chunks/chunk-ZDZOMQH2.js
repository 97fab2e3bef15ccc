import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  parseDuration
} from "./chunk-DROKWXGZ.js";
import {
  normaliseApiUrl
} from "./chunk-E3EP7K6C.js";
import {
  InvalidInputError,
  REDACTED,
  hasControlCharacter,
  projectRefProblem
} from "./chunk-G7Q4FV4K.js";
import {
  array,
  check,
  deepestIssue,
  issueKeys,
  maxValue,
  minLength,
  number,
  object,
  picklist,
  pipe,
  rawCheck,
  rawTransform,
  regex,
  safeParse,
  string,
  transform,
  trim
} from "./chunk-HG77K7LZ.js";

// src/steps/detect-token-type.ts
var JOB_TOKEN_PREFIX = "glcbt-";
function detectTokenType(token, env = {}) {
  const jobToken = env.CI_JOB_TOKEN?.trim();
  if (token.startsWith(JOB_TOKEN_PREFIX) || jobToken && token === jobToken) return "job";
  return "private";
}

// src/steps/read-string-list.ts
var SIMPLE_ESCAPES = {
  n: "\n",
  t: "	",
  r: "\r",
  f: "\f",
  v: "\v",
  b: "\b",
  a: "\x07",
  e: "\x1B",
  s: " ",
  "0": "\0"
};
function readStringList(text2) {
  const items = [];
  let at = skipSpace(text2, 0);
  if (text2[at] !== "[") return void 0;
  at = skipSpace(text2, at + 1);
  if (text2[at] === "]") return skipSpace(text2, at + 1) === text2.length ? items : void 0;
  for (; ; ) {
    const read = readQuoted(text2, at);
    if (!read) return void 0;
    items.push(read.value);
    at = skipSpace(text2, read.end);
    if (text2[at] === "]") return skipSpace(text2, at + 1) === text2.length ? items : void 0;
    if (text2[at] !== ",") return void 0;
    at = skipSpace(text2, at + 1);
  }
}
function skipSpace(text2, from) {
  let at = from;
  while (at < text2.length && /\s/.test(text2[at])) at++;
  return at;
}
function readQuoted(text2, from) {
  if (text2[from] !== '"') return void 0;
  let value = "";
  let at = from + 1;
  while (at < text2.length) {
    const char = text2[at];
    if (char === '"') return { value, end: at + 1 };
    if (char !== "\\") {
      value += char;
      at++;
      continue;
    }
    const next = text2[at + 1];
    if (next === void 0) return void 0;
    if (next === "u") {
      const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(text2.slice(at + 2));
      const plain = /^[0-9a-fA-F]{4}/.exec(text2.slice(at + 2));
      if (braced?.[1]) {
        value += String.fromCodePoint(Number.parseInt(braced[1], 16));
        at += 2 + braced[0].length;
      } else if (plain) {
        value += String.fromCharCode(Number.parseInt(plain[0], 16));
        at += 6;
      } else return void 0;
      continue;
    }
    if (next === "x") {
      const hex = /^[0-9a-fA-F]{2}/.exec(text2.slice(at + 2));
      if (!hex) return void 0;
      value += String.fromCharCode(Number.parseInt(hex[0], 16));
      at += 4;
      continue;
    }
    value += SIMPLE_ESCAPES[next] ?? next;
    at += 2;
  }
  return void 0;
}

// src/steps/variable-entries.ts
function variableEntries(value) {
  if (!value.trimStart().startsWith("[")) {
    return value.split(/\r?\n/).map((text2, index) => ({ text: text2, where: `line ${index + 1}` }));
  }
  const items = readStringList(value);
  if (!items) {
    return 'must be KEY=VALUE lines, or a list of "KEY=VALUE" strings (["A=1", "B=2"]); the list does not parse';
  }
  return items.map((text2, index) => ({ text: text2, where: `item ${index + 1}` }));
}

// src/steps/parse-pipeline-inputs.ts
var NAME = /^[A-Za-z0-9_-]{1,255}$/;
var JSON_LIKE = /^(?:true|false|-?\d|\[|")/;
function parsePipelineInputs(value) {
  const entries = variableEntries(value);
  if (typeof entries === "string") {
    return entries.replace("KEY=VALUE", "NAME=VALUE").replace('"KEY=VALUE"', '"NAME=VALUE"');
  }
  const inputs = {};
  for (const { text: text2, where } of entries) {
    if (text2.trim() === "" || text2.trimStart().startsWith("#")) continue;
    const equals = text2.indexOf("=");
    if (equals < 0) return `${where} must be NAME=VALUE`;
    const name = text2.slice(0, equals).trim();
    if (!NAME.test(name)) {
      return `${where}: an input name may hold only letters, digits, _ and - (at most 255)`;
    }
    if (Object.hasOwn(inputs, name)) return `${where}: ${name} is given twice`;
    const read = readValue(text2.slice(equals + 1));
    if (read === void 0) {
      return `${where}: the value of ${name} starts like JSON but does not parse, or is a JSON object (give a string, number, boolean or array)`;
    }
    inputs[name] = read;
  }
  return inputs;
}
function readValue(raw) {
  const trimmed = raw.trim();
  if (!JSON_LIKE.test(trimmed)) return raw;
  let parsed;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return trimmed.startsWith("[") || trimmed.startsWith('"') ? void 0 : raw;
  }
  if (typeof parsed === "string" || typeof parsed === "boolean" || Array.isArray(parsed)) {
    return parsed;
  }
  return typeof parsed === "number" && Number.isFinite(parsed) ? parsed : void 0;
}

// src/steps/parse-variables.ts
function parseVariables(value) {
  const entries = variableEntries(value);
  if (typeof entries === "string") return entries;
  const variables2 = [];
  for (const { text: text2, where } of entries) {
    if (text2.trim() === "" || text2.trimStart().startsWith("#")) continue;
    const equals = text2.indexOf("=");
    const key = (equals < 0 ? text2 : text2.slice(0, equals)).trim();
    if (equals < 0) return `${where} must be KEY=VALUE`;
    if (!/^[A-Za-z0-9_]+$/.test(key) || key.length > 255) {
      return `${where}: a variable key may hold only letters, digits and underscores (at most 255)`;
    }
    if (variables2.some((variable) => variable.key === key))
      return `${where}: ${key} is given twice`;
    variables2.push({ key, value: text2.slice(equals + 1) });
  }
  return variables2;
}

// src/steps/step-command.ts
var STEP_COMMANDS = [
  "wait-for-job",
  "trigger-manual-job",
  "fetch-trace-artifact",
  "trigger-pipeline",
  "wait-for-pipeline",
  "fetch-artifacts"
];
function isStepCommand(value) {
  return STEP_COMMANDS.includes(value);
}
var JOB_COMMANDS = [
  "wait-for-job",
  "trigger-manual-job",
  "fetch-trace-artifact"
];
var PIPELINE_COMMANDS = [
  "trigger-pipeline",
  "wait-for-pipeline"
];
function isPipelineCommand(command) {
  return PIPELINE_COMMANDS.includes(command);
}

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
var boolean = pipe(
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
var pipelineInputs = pipe(
  string(),
  rawTransform(({ dataset, addIssue, NEVER }) => {
    const parsed = parsePipelineInputs(dataset.value);
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
      } catch (error) {
        addIssue({
          message: error instanceof InvalidInputError ? error.reason : "is not an absolute URL (e.g. https://gitlab.com)"
        });
      }
    })
  ),
  token: text,
  "token-type": picklist(
    ["auto", "private", "job", "oauth"],
    "must be auto, private, job or oauth"
  ),
  "ca-file": optionalText,
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
  ref: pipe(
    optionalText,
    check(
      (ref) => ref === void 0 || !hasControlCharacter(ref),
      "must be a branch or tag name (no control characters)"
    )
  ),
  sha: pipe(
    optionalText,
    check(
      (sha) => sha === void 0 || /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(sha),
      "must be a full commit SHA (40 or 64 hex digits)"
    )
  ),
  "trigger-token": pipe(
    optionalText,
    check(
      (token) => token === void 0 || !/\s/.test(token),
      "must be a pipeline trigger token or a CI job token (no whitespace)"
    )
  ),
  variables,
  "masked-variables": variables,
  inputs: pipelineInputs,
  wait: boolean,
  timeout: duration,
  "request-timeout": duration,
  interval: duration,
  "max-interval": duration,
  // A flag, or (pipeline commands) a list of job names: read per command by parseStepInputs.
  "follow-log": pipe(string(), trim()),
  // Never empty for the commands that write a file: each has a default of its own.
  output: pipe(string(), trim()),
  "artifact-path": pipe(
    optionalText,
    check(
      (path) => path === void 0 || !path.includes("\0") && path.split("/").every((part) => part !== ".." && part !== "."),
      "must be a path inside the archive such as dist/app.js (no . or .. segments)"
    )
  ),
  extract: optionalText,
  "success-statuses": pipe(
    string(),
    transform((value) => [...new Set(value.split(/[\s,]+/).filter(Boolean))]),
    array(picklist(END_STATUSES, `each status must be one of ${END_STATUSES.join(", ")}`)),
    minLength(1, "give at least one status")
  ),
  "keep-waiting-on-manual": boolean,
  "strip-ansi": boolean,
  "summary-lines": pipe(
    string(),
    trim(),
    regex(/^\d+$/, "must be a whole number of lines (0 for none)"),
    transform(Number),
    maxValue(1e3, "must be at most 1000")
  ),
  "cancel-on-abort": boolean
});

// src/steps/step-inputs.ts
var ALL = STEP_COMMANDS;
var JOBS = JOB_COMMANDS;
var WAITING = STEP_COMMANDS.filter(
  (command) => command !== "fetch-artifacts"
);
var STEP_INPUTS = [
  {
    name: "command",
    default: "",
    description: "What to do: wait-for-job, trigger-manual-job, fetch-trace-artifact, trigger-pipeline, wait-for-pipeline or fetch-artifacts.",
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
    name: "ca-file",
    default: "",
    description: "PEM file of CA certificates to trust besides the system ones (a private CA; NODE_EXTRA_CA_CERTS works too). Proxies come from HTTPS_PROXY, HTTP_PROXY and NO_PROXY.",
    commands: ALL
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
    description: "Job id; or give pipeline and name instead (fetch-artifacts: or ref and name).",
    commands: [...JOBS, "fetch-artifacts"]
  },
  {
    name: "pipeline",
    default: "",
    description: "Pipeline id: the one to wait for (wait-for-pipeline), or to find the job named `name` in; empty: $CI_PIPELINE_ID when project also comes from $CI_PROJECT_ID and a name is given.",
    commands: [...JOBS, "wait-for-pipeline", "fetch-artifacts"]
  },
  {
    name: "name",
    default: "",
    description: "Job name within the pipeline (the newest job of that name; retried ones skipped), or with ref (fetch-artifacts) in the ref's latest successful pipeline.",
    commands: [...JOBS, "fetch-artifacts"]
  },
  {
    name: "ref",
    default: "",
    description: "Branch or tag: to run the new pipeline on (trigger-pipeline, required), whose newest pipeline to wait for (wait-for-pipeline, instead of pipeline), or whose latest successful pipeline holds the job named `name` (fetch-artifacts).",
    commands: ["trigger-pipeline", "wait-for-pipeline", "fetch-artifacts"]
  },
  {
    name: "sha",
    default: "",
    description: "With ref: wait for the newest pipeline of this commit (a full SHA) instead of the ref's newest.",
    commands: ["wait-for-pipeline"]
  },
  {
    name: "trigger-token",
    default: "",
    description: "A pipeline trigger token (glptt-\u2026) or a CI job token: create the pipeline through the trigger API with it instead of token. Masked, never printed.",
    commands: ["trigger-pipeline"],
    secret: true
  },
  {
    name: "variables",
    default: "",
    description: "CI/CD variables for the played job or the new pipeline, each KEY=VALUE: one per line (action), --var KEY=VALUE repeated (CLI), an array of KEY=VALUE items (components); values of 8 characters or more are masked in the log, as GitLab masks variables.",
    commands: ["trigger-manual-job", "trigger-pipeline"],
    cliRepeatable: "var",
    list: true,
    secret: true
  },
  {
    name: "masked-variables",
    default: "",
    description: "More variables for the played job or the new pipeline, given as variables is, each value masked in the log whatever its length (CLI: --mask-var KEY=VALUE, repeatable).",
    commands: ["trigger-manual-job", "trigger-pipeline"],
    cliRepeatable: "mask-var",
    list: true,
    secret: true
  },
  {
    name: "inputs",
    default: "",
    description: 'CI/CD inputs (spec:inputs) for the new pipeline, each NAME=VALUE given as variables is (CLI: --input NAME=VALUE, repeatable); a VALUE that reads as JSON (true, 3, ["a","b"], "text") is sent as that JSON value, any other as text; masked as variables are.',
    commands: ["trigger-pipeline"],
    cliRepeatable: "input",
    list: true,
    secret: true
  },
  {
    name: "wait",
    default: "false",
    description: "After playing the job (creating the pipeline), wait for it to finish as wait-for-job (wait-for-pipeline) does.",
    commands: ["trigger-manual-job", "trigger-pipeline"],
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
    description: "First pause between polls; it doubles up to max-interval, and resets when the job (or pipeline) changes.",
    commands: WAITING
  },
  {
    name: "max-interval",
    default: "12s",
    description: "Longest pause between polls (longer only when GitLab answers 429 with Retry-After).",
    commands: WAITING
  },
  {
    name: "follow-log",
    default: "false",
    description: "Follow the job log as it grows: stream it into this log (wait) or keep appending to output until the job ends (fetch). Pipeline commands: the names of the jobs, anywhere in the pipeline tree, whose logs to stream (comma-separated or one per line; CLI --follow-log=build,test; true: every job).",
    commands: WAITING,
    boolean: true,
    cliAlias: "follow",
    listIn: ["trigger-pipeline", "wait-for-pipeline"]
  },
  {
    name: "output",
    default: "",
    description: "File to write: the job log (fetch-trace-artifact; default job.log), or the artifacts archive or file (fetch-artifacts; default artifacts.zip, or the file's own name with artifact-path).",
    commands: ["fetch-trace-artifact", "fetch-artifacts"],
    commandDefaults: { "fetch-trace-artifact": "job.log", "fetch-artifacts": "artifacts.zip" }
  },
  {
    name: "artifact-path",
    default: "",
    description: "Download only this file of the artifacts archive (a path inside it, e.g. dist/app.js) instead of the whole archive.",
    commands: ["fetch-artifacts"]
  },
  {
    name: "extract",
    default: "",
    description: "Folder to unzip the downloaded archive into (created if missing); an entry that would land outside it (absolute, .., a symlink, a drive letter or backslash) fails the step and is named.",
    commands: ["fetch-artifacts"]
  },
  {
    name: "success-statuses",
    default: "success",
    description: "Final statuses of the job (pipeline) that count as success, comma-separated (from success, failed, canceled, skipped, manual, scheduled).",
    commands: WAITING
  },
  {
    name: "keep-waiting-on-manual",
    default: "false",
    description: "Keep waiting while the job (pipeline) is manual or scheduled instead of ending the wait there.",
    commands: WAITING,
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
    commands: JOBS,
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
function inputDefault(input, command) {
  if (input.listIn?.includes(command)) return "";
  return input.commandDefaults?.[command] ?? input.default;
}

// src/steps/validate-raw-inputs.ts
function validateRawInputs(schema, raw) {
  const withDefaults = {};
  const command = raw.command?.trim() ?? "";
  for (const input of STEP_INPUTS) {
    const given = raw[input.name]?.trim() ? raw[input.name] : "";
    const fallback = isStepCommand(command) ? inputDefault(input, command) : input.default;
    withDefaults[input.name] = given || fallback;
  }
  const result = safeParse(schema, withDefaults);
  if (result.success) return result.output;
  const [first] = result.issues;
  const name = String(issueKeys(first)[0] ?? "inputs");
  const issue = deepestIssue(first, "last-member");
  throw new InvalidInputError(name, shownValue(name, withDefaults[name] ?? ""), reasonOf(issue));
}
function reasonOf(issue) {
  return /^Invalid \w+: Expected /.test(issue.message) ? "is not valid" : issue.message;
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
  checkTarget(r);
  const follow = readFollowLog(r.command, r["follow-log"]);
  const output = r.command === "fetch-artifacts" && r["artifact-path"] && !raw.output?.trim() ? r["artifact-path"].split("/").pop() : r.output;
  return {
    command: r.command,
    gitlabUrl: r["gitlab-url"],
    token: r.token,
    // `auto` was resolved from the environment before; here only the token's own form is known.
    tokenType: r["token-type"] === "auto" ? detectTokenType(r.token) : r["token-type"],
    caFile: r["ca-file"],
    project: r.project,
    job: r.job,
    pipeline: r.pipeline,
    name: r.name,
    ref: r.ref,
    sha: r.sha,
    triggerToken: r["trigger-token"],
    variables: playVariables(r.variables, r["masked-variables"]),
    pipelineInputs: r.inputs,
    wait: r.wait,
    timeoutMs: r.timeout,
    requestTimeoutMs: r["request-timeout"],
    intervalMs: r.interval,
    maxIntervalMs: r["max-interval"],
    followLog: follow === true || (Array.isArray(follow) ? follow.length > 0 : follow === "all"),
    followJobs: typeof follow === "boolean" ? [] : follow,
    output,
    artifactPath: r["artifact-path"],
    extract: r.extract,
    successStatuses: r["success-statuses"],
    keepWaitingOnManual: r["keep-waiting-on-manual"],
    stripAnsi: r["strip-ansi"],
    summaryLines: r["summary-lines"],
    cancelOnAbort: r["cancel-on-abort"]
  };
}
function checkTarget(r) {
  const both = (field, value, reason) => {
    throw new InvalidInputError(field, value === void 0 ? "" : JSON.stringify(value), reason);
  };
  switch (r.command) {
    case "trigger-pipeline":
      if (r.ref === void 0)
        both("ref", void 0, "give the branch or tag to run the pipeline on");
      return;
    case "wait-for-pipeline":
      if (r.pipeline === void 0 && r.ref === void 0) {
        both("pipeline", void 0, "give pipeline (an id), or ref (and optionally sha)");
      }
      if (r.pipeline !== void 0 && r.ref !== void 0) {
        both("ref", r.ref, "give either pipeline or ref, not both");
      }
      if (r.sha !== void 0 && r.ref === void 0) both("sha", r.sha, "give ref with sha");
      return;
    case "fetch-artifacts": {
      const given = ["job", "pipeline", "ref"].filter((key) => r[key] !== void 0);
      const reason = "give job (an id), or pipeline and name, or ref and name";
      if (given.length === 0) both("job", void 0, reason);
      if (given.length > 1) {
        both(
          given[1],
          void 0,
          `${reason}: only one of them (${given.join(" and ")} given)`
        );
      }
      if (r.job !== void 0 && r.name !== void 0) both("name", r.name, reason);
      if (r.job === void 0 && r.name === void 0) both("name", void 0, reason);
      if (r["artifact-path"] !== void 0 && r.extract !== void 0) {
        both(
          "extract",
          r.extract,
          "extracts a whole archive; with artifact-path a single file is fetched"
        );
      }
      return;
    }
    default:
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
  }
}
function readFollowLog(command, value) {
  const flag = value.toLowerCase();
  if (!isPipelineCommand(command)) {
    if (flag === "true" || flag === "false") return flag === "true";
    throw new InvalidInputError("follow-log", JSON.stringify(value), "must be true or false");
  }
  if (flag === "true") return "all";
  if (flag === "" || flag === "false") return [];
  const names = value.trimStart().startsWith("[") ? readStringList(value) : value.split(/[\r\n,]+/);
  if (!names) {
    throw new InvalidInputError(
      "follow-log",
      JSON.stringify(value),
      "must be job names (comma-separated, one per line, or a list), true or false"
    );
  }
  return [...new Set(names.map((name) => name.trim()).filter(Boolean))];
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

export {
  detectTokenType,
  STEP_COMMANDS,
  isStepCommand,
  STEP_INPUTS,
  inputsFor,
  variableEntries,
  RawInputsSchema,
  validateRawInputs,
  requireToken,
  MASK_MIN_LENGTH,
  parseStepInputs
};
