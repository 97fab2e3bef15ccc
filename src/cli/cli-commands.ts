// The CLI's commands: what each does and which options it takes (anything else is bad usage).
import { STEP_COMMANDS, type StepCommand } from '../steps/step-command.js';
import { inputsFor } from '../steps/step-inputs.js';

/** A command of the CLI. */
export interface CliCommand {
  name: string;
  /** One line for `jobrelay --help`. */
  summary: string;
  /** The options it takes, by input or option name (`help` and `version` go everywhere). */
  options: readonly string[];
}

// Where GitLab is and who calls it: every command that talks to GitLab takes these.
const CONNECTION = ['gitlab-url', 'token', 'token-type', 'ca-file', 'timeout', 'request-timeout'];

const STEP_SUMMARIES: Record<StepCommand, string> = {
  'wait-for-job': 'Wait until a job ends; exit 0 if its status counts as success.',
  'trigger-manual-job':
    'Play a manual job once (waiting while it is created), with --var; --wait to wait for it.',
  'fetch-trace-artifact':
    "Save a job's log to --output (constant memory); --follow keeps appending until it ends.",
  'trigger-pipeline':
    'Create a pipeline on --ref (or with --trigger-token), with --var and --input; --wait to wait for it.',
  'wait-for-pipeline':
    'Wait until a pipeline (and the downstream pipelines it depends on) ends; exit 0 if its status counts as success.',
  'fetch-artifacts':
    "Save a job's artifacts archive (or one --artifact-path) to --output; --extract unzips it safely.",
};

const stepCommand = (name: StepCommand, summary = STEP_SUMMARIES[name]): CliCommand => ({
  name,
  summary,
  options: [...inputsFor('cli', name).map((input) => input.name), 'json'],
});

/** Every command, the step commands first. */
export const CLI_COMMANDS: readonly CliCommand[] = [
  ...STEP_COMMANDS.map((name) => stepCommand(name)),
  { ...stepCommand('trigger-manual-job', 'Alias of trigger-manual-job.'), name: 'play' },
  {
    name: 'list',
    summary: "List a project's jobs, or a pipeline's with --pipeline, as a table.",
    options: [...CONNECTION, 'project', 'pipeline', 'scope', 'include-retried', 'limit', 'json'],
  },
  {
    name: 'bridges',
    summary: "List a pipeline's trigger jobs, as a table.",
    options: [...CONNECTION, 'project', 'pipeline', 'scope', 'limit', 'json'],
  },
  { name: 'get', summary: 'Show one job.', options: [...CONNECTION, 'project', 'job', 'json'] },
  {
    name: 'trace',
    summary: "Print a job's log to stdout.",
    options: [...CONNECTION, 'project', 'job', 'strip-ansi'],
  },
  {
    name: 'cancel',
    summary: 'Cancel a job, and say its status before and after.',
    options: [...CONNECTION, 'project', 'job', 'json'],
  },
  {
    name: 'retry',
    summary: 'Retry a job, and say which new job runs it.',
    options: [...CONNECTION, 'project', 'job', 'json'],
  },
  {
    name: 'erase',
    summary: "Erase a job's log and artifacts.",
    options: [...CONNECTION, 'project', 'job', 'json'],
  },
  {
    name: 'whoami',
    summary: 'Show the job a CI job token belongs to (GET /job).',
    options: [...CONNECTION, 'json'],
  },
  {
    name: 'agents',
    summary: 'Show the Kubernetes agents a CI job token may use (GET /job/allowed_agents).',
    options: [...CONNECTION, 'json'],
  },
  {
    name: 'emulator',
    summary: 'Serve the local GitLab Jobs API emulator (see jobrelay emulator --help).',
    options: [],
  },
];

/** The command named `name`, if there is one. */
export function findCliCommand(name: string | undefined): CliCommand | undefined {
  return CLI_COMMANDS.find((command) => command.name === name);
}
