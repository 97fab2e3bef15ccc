// The CI step's inputs: names, defaults and meaning, in the one place action.yml, the CLI and the components follow.
import { JOB_COMMANDS, STEP_COMMANDS, type StepCommand } from './step-command.js';

/** Where an input exists: the GitHub Action, the CLI, the GitLab CI/CD components. */
export type StepFace = 'action' | 'cli' | 'component';

/** One input of the step, as documented everywhere. */
export interface StepInputDefinition {
  /** The name: action input, `--<name>` on the CLI, component input. */
  name: string;
  /** The default as a string (`''`: none, or taken from the environment as `description` says). */
  default: string;
  /** One sentence for action.yml, the CLI help, the components and the README. */
  description: string;
  /** The commands that read it. */
  commands: readonly StepCommand[];
  /** The faces that offer it; default all three. */
  faces?: readonly StepFace[];
  /** `true`/`false`: a bare flag on the CLI (`--wait`, `--no-wait`), a boolean component input. */
  boolean?: boolean;
  /** A whole number (a number component input). */
  integer?: boolean;
  /** The allowed values, when there is a fixed set. */
  options?: readonly string[];
  /** Another CLI spelling, e.g. `follow` for `follow-log`. */
  cliAlias?: string;
  /** The CLI takes it as a repeatable `--<flag> KEY=VALUE` instead (the multiline `variables`). */
  cliRepeatable?: string;
  /**
   * A list: lines in the action, an `array` component input (interpolated as a JSON array, so
   * no value can be misread), either form in `JOBRELAY_<NAME>`.
   */
  list?: boolean;
  /** A secret: masked, never shown in errors. */
  secret?: boolean;
  /** In these commands a list (of job names) instead of a flag: `follow-log` of the pipeline commands. */
  listIn?: readonly StepCommand[];
  /** A default of its own in these commands (the faces' default is then `default`, usually empty). */
  commandDefaults?: Partial<Record<StepCommand, string>>;
}

const ALL = STEP_COMMANDS;
const JOBS = JOB_COMMANDS;
// Every command that waits for something (all but fetch-artifacts, which only downloads).
const WAITING: readonly StepCommand[] = STEP_COMMANDS.filter(
  (command) => command !== 'fetch-artifacts',
);

/** Every input of the CI step. */
export const STEP_INPUTS: readonly StepInputDefinition[] = [
  {
    name: 'command',
    default: '',
    description:
      'What to do: wait-for-job, trigger-manual-job, fetch-trace-artifact, trigger-pipeline, wait-for-pipeline or fetch-artifacts.',
    commands: ALL,
    faces: ['action'],
    options: STEP_COMMANDS,
  },
  {
    name: 'gitlab-url',
    default: '',
    description:
      'GitLab (or jobrelay relay) address; empty: $GITLAB_URL, $CI_API_V4_URL, $CI_SERVER_URL, else https://gitlab.com.',
    commands: ALL,
  },
  {
    name: 'token',
    default: '',
    description: 'GitLab token; empty: $GITLAB_TOKEN, else $CI_JOB_TOKEN. Masked, never printed.',
    commands: ALL,
    secret: true,
  },
  {
    name: 'token-type',
    default: 'auto',
    description:
      'How the token authenticates: private (PRIVATE-TOKEN), job (JOB-TOKEN), oauth (Bearer), or auto (job for a glcbt- token or $CI_JOB_TOKEN, else private).',
    commands: ALL,
    options: ['auto', 'private', 'job', 'oauth'],
  },
  {
    name: 'ca-file',
    default: '',
    description:
      'PEM file of CA certificates to trust besides the system ones (a private CA; NODE_EXTRA_CA_CERTS works too). Proxies come from HTTPS_PROXY, HTTP_PROXY and NO_PROXY.',
    commands: ALL,
  },
  {
    name: 'project',
    default: '',
    description: 'Project id or path (group/project); empty: $CI_PROJECT_ID.',
    commands: ALL,
  },
  {
    name: 'job',
    default: '',
    description: 'Job id; or give pipeline and name instead (fetch-artifacts: or ref and name).',
    commands: [...JOBS, 'fetch-artifacts'],
  },
  {
    name: 'pipeline',
    default: '',
    description:
      'Pipeline id: the one to wait for (wait-for-pipeline), or to find the job named `name` in; empty: $CI_PIPELINE_ID when project also comes from $CI_PROJECT_ID and a name is given.',
    commands: [...JOBS, 'wait-for-pipeline', 'fetch-artifacts'],
  },
  {
    name: 'name',
    default: '',
    description:
      "Job name within the pipeline (the newest job of that name; retried ones skipped), or with ref (fetch-artifacts) in the ref's latest successful pipeline.",
    commands: [...JOBS, 'fetch-artifacts'],
  },
  {
    name: 'ref',
    default: '',
    description:
      'Branch or tag: to run the new pipeline on (trigger-pipeline, required), whose newest pipeline to wait for (wait-for-pipeline, instead of pipeline), or whose latest successful pipeline holds the job named `name` (fetch-artifacts).',
    commands: ['trigger-pipeline', 'wait-for-pipeline', 'fetch-artifacts'],
  },
  {
    name: 'sha',
    default: '',
    description:
      "With ref: wait for the newest pipeline of this commit (a full SHA) instead of the ref's newest.",
    commands: ['wait-for-pipeline'],
  },
  {
    name: 'trigger-token',
    default: '',
    description:
      'A pipeline trigger token (glptt-…) or a CI job token: create the pipeline through the trigger API with it instead of token. Masked, never printed.',
    commands: ['trigger-pipeline'],
    secret: true,
  },
  {
    name: 'variables',
    default: '',
    description:
      'CI/CD variables for the played job or the new pipeline, each KEY=VALUE: one per line (action), --var KEY=VALUE repeated (CLI), an array of KEY=VALUE items (components); values of 8 characters or more are masked in the log, as GitLab masks variables.',
    commands: ['trigger-manual-job', 'trigger-pipeline'],
    cliRepeatable: 'var',
    list: true,
    secret: true,
  },
  {
    name: 'masked-variables',
    default: '',
    description:
      'More variables for the played job or the new pipeline, given as variables is, each value masked in the log whatever its length (CLI: --mask-var KEY=VALUE, repeatable).',
    commands: ['trigger-manual-job', 'trigger-pipeline'],
    cliRepeatable: 'mask-var',
    list: true,
    secret: true,
  },
  {
    name: 'inputs',
    default: '',
    description:
      'CI/CD inputs (spec:inputs) for the new pipeline, each NAME=VALUE given as variables is (CLI: --input NAME=VALUE, repeatable); a VALUE that reads as JSON (true, 3, ["a","b"], "text") is sent as that JSON value, any other as text; masked as variables are.',
    commands: ['trigger-pipeline'],
    cliRepeatable: 'input',
    list: true,
    secret: true,
  },
  {
    name: 'wait',
    default: 'false',
    description:
      'After playing the job (creating the pipeline), wait for it to finish as wait-for-job (wait-for-pipeline) does.',
    commands: ['trigger-manual-job', 'trigger-pipeline'],
    boolean: true,
  },
  {
    name: 'timeout',
    default: '30m',
    description:
      'Give up after this long (e.g. 90s, 30m, 1h30m, or plain seconds; more than 0); exit code 3.',
    commands: ALL,
  },
  {
    name: 'request-timeout',
    default: '30s',
    description:
      'Longest wait for GitLab to answer one request, or to send more of a log; a GET is tried again, then the step gives up with exit code 3.',
    commands: ALL,
  },
  {
    name: 'interval',
    default: '2s',
    description:
      'First pause between polls; it doubles up to max-interval, and resets when the job (or pipeline) changes.',
    commands: WAITING,
  },
  {
    name: 'max-interval',
    default: '12s',
    description:
      'Longest pause between polls (longer only when GitLab answers 429 with Retry-After).',
    commands: WAITING,
  },
  {
    name: 'follow-log',
    default: 'false',
    description:
      'Follow the job log as it grows: stream it into this log (wait) or keep appending to output until the job ends (fetch). Pipeline commands: the names of the jobs, anywhere in the pipeline tree, whose logs to stream (comma-separated or one per line; CLI --follow-log=build,test; true: every job).',
    commands: WAITING,
    boolean: true,
    cliAlias: 'follow',
    listIn: ['trigger-pipeline', 'wait-for-pipeline'],
  },
  {
    name: 'output',
    default: '',
    description:
      "File to write: the job log (fetch-trace-artifact; default job.log), or the artifacts archive or file (fetch-artifacts; default artifacts.zip, or the file's own name with artifact-path).",
    commands: ['fetch-trace-artifact', 'fetch-artifacts'],
    commandDefaults: { 'fetch-trace-artifact': 'job.log', 'fetch-artifacts': 'artifacts.zip' },
  },
  {
    name: 'artifact-path',
    default: '',
    description:
      'Download only this file of the artifacts archive (a path inside it, e.g. dist/app.js) instead of the whole archive.',
    commands: ['fetch-artifacts'],
  },
  {
    name: 'extract',
    default: '',
    description:
      'Folder to unzip the downloaded archive into (created if missing); an entry that would land outside it (absolute, .., a symlink, a drive letter or backslash) fails the step and is named.',
    commands: ['fetch-artifacts'],
  },
  {
    name: 'success-statuses',
    default: 'success',
    description:
      'Final statuses of the job (pipeline) that count as success, comma-separated (from success, failed, canceled, skipped, manual, scheduled).',
    commands: WAITING,
  },
  {
    name: 'keep-waiting-on-manual',
    default: 'false',
    description:
      'Keep waiting while the job (pipeline) is manual or scheduled instead of ending the wait there.',
    commands: WAITING,
    boolean: true,
  },
  {
    name: 'strip-ansi',
    default: 'false',
    description: 'Remove ANSI colour codes and section markers from the saved log.',
    commands: ['fetch-trace-artifact'],
    boolean: true,
  },
  {
    name: 'summary-lines',
    default: '20',
    description: 'Lines of the end of the job log to put in the step summary (0: none).',
    commands: JOBS,
    integer: true,
  },
  {
    name: 'cancel-on-abort',
    default: 'false',
    description:
      'If the run is cancelled, cancel the GitLab job this step played (action: post step; CLI: on SIGINT/SIGTERM).',
    commands: ['trigger-manual-job'],
    faces: ['action', 'cli'],
    boolean: true,
  },
];

/** The inputs a face offers. */
export function inputsFor(face: StepFace, command?: StepCommand): StepInputDefinition[] {
  return STEP_INPUTS.filter(
    (input) =>
      (input.faces ?? ['action', 'cli', 'component']).includes(face) &&
      (command === undefined || input.commands.includes(command)),
  );
}

/** How an input is typed in a command: a flag, a whole number, a list, or text. */
export function inputKind(
  input: StepInputDefinition,
  command: StepCommand,
): 'boolean' | 'integer' | 'list' | 'text' {
  if (input.listIn?.includes(command)) return 'list';
  if (input.boolean) return 'boolean';
  if (input.integer) return 'integer';
  return input.list ? 'list' : 'text';
}

/** The default of an input in a command (its own, else the input's). */
export function inputDefault(input: StepInputDefinition, command: StepCommand): string {
  if (input.listIn?.includes(command)) return '';
  return input.commandDefaults?.[command] ?? input.default;
}
