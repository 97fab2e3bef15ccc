// The CI step's inputs: names, defaults and meaning, in the one place action.yml, the CLI and the components follow.
import { STEP_COMMANDS, type StepCommand } from './step-command.js';

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
}

const ALL = STEP_COMMANDS;

/** Every input of the CI step. */
export const STEP_INPUTS: readonly StepInputDefinition[] = [
  {
    name: 'command',
    default: '',
    description: 'What to do: wait-for-job, trigger-manual-job or fetch-trace-artifact.',
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
    description: 'Job id; or give pipeline and name instead.',
    commands: ALL,
  },
  {
    name: 'pipeline',
    default: '',
    description:
      'Pipeline id to find the job named `name` in; empty: $CI_PIPELINE_ID when project also comes from $CI_PROJECT_ID.',
    commands: ALL,
  },
  {
    name: 'name',
    default: '',
    description:
      'Job name within the pipeline (the newest job of that name; retried ones skipped).',
    commands: ALL,
  },
  {
    name: 'variables',
    default: '',
    description:
      'CI/CD variables for the played job, each KEY=VALUE: one per line (action), --var KEY=VALUE repeated (CLI), an array of KEY=VALUE items (components); values of 8 characters or more are masked in the log, as GitLab masks variables.',
    commands: ['trigger-manual-job'],
    cliRepeatable: 'var',
    list: true,
    secret: true,
  },
  {
    name: 'masked-variables',
    default: '',
    description:
      'More variables for the played job, given as variables is, each value masked in the log whatever its length (CLI: --mask-var KEY=VALUE, repeatable).',
    commands: ['trigger-manual-job'],
    cliRepeatable: 'mask-var',
    list: true,
    secret: true,
  },
  {
    name: 'wait',
    default: 'false',
    description: 'After playing the job, wait for it to finish as wait-for-job does.',
    commands: ['trigger-manual-job'],
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
      'First pause between polls; it doubles up to max-interval, and resets when the job changes.',
    commands: ALL,
  },
  {
    name: 'max-interval',
    default: '12s',
    description:
      'Longest pause between polls (longer only when GitLab answers 429 with Retry-After).',
    commands: ALL,
  },
  {
    name: 'follow-log',
    default: 'false',
    description:
      'Follow the job log as it grows: stream it into this log (wait) or keep appending to output until the job ends (fetch).',
    commands: ALL,
    boolean: true,
    cliAlias: 'follow',
  },
  {
    name: 'output',
    default: 'job.log',
    description: 'File to write the job log to.',
    commands: ['fetch-trace-artifact'],
  },
  {
    name: 'success-statuses',
    default: 'success',
    description:
      'Final statuses that count as success, comma-separated (from success, failed, canceled, skipped, manual, scheduled).',
    commands: ALL,
  },
  {
    name: 'keep-waiting-on-manual',
    default: 'false',
    description:
      'Keep waiting while the job is manual or scheduled instead of ending the wait there.',
    commands: ALL,
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
    commands: ALL,
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
