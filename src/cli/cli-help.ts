// The CLI's --help texts (the whole CLI, and each command's own), generated from the step's input definitions so they cannot drift.
import { DEFAULT_POLL_SCHEDULE } from '../gitlab/wait/next-poll-delay.js';
import { isStepCommand } from '../steps/step-command.js';
import { inputsFor, type StepInputDefinition } from '../steps/step-inputs.js';
import { CLI_COMMANDS, type CliCommand } from './cli-commands.js';
import { CLI_ONLY_OPTIONS, environmentName } from './cli-options.js';

const option = (flag: string, text: string) => `  ${flag.padEnd(34)} ${text}`;

function inputLine(input: StepInputDefinition): string {
  const flag = input.cliRepeatable
    ? `--${input.cliRepeatable} KEY=VALUE`
    : input.boolean
      ? `--${input.name}${input.cliAlias ? `, --${input.cliAlias}` : ''}`
      : `--${input.name} <value>`;
  const fallback = input.default && !input.boolean ? ` [default: ${input.default}]` : '';
  return option(flag, `${input.description}${fallback}`);
}

function optionLines(names: readonly string[] | undefined): string[] {
  const inputs = inputsFor('cli').filter((input) => !names || names.includes(input.name));
  const own = CLI_ONLY_OPTIONS.filter(
    (cliOption) => !names || names.includes(cliOption.name) || cliOption.everywhere,
  ).map((cliOption) =>
    option(
      `${cliOption.short ? `-${cliOption.short}, ` : ''}--${cliOption.name}${cliOption.boolean ? '' : ' <value>'}`,
      cliOption.description,
    ),
  );
  return [...inputs.map(inputLine), ...own];
}

// How wait-for-pipeline judges, in the words of the README (GitLab's strategy: depend).
const PIPELINE_VERDICT = `The verdict is the awaited pipeline's own status (--success-statuses). A downstream pipeline
counts through its bridge as GitLab counts it: with strategy: depend the bridge takes its status
(a failed or skipped pipeline fails it, unless allow_failure); without, the bridge succeeds once
the pipeline is created, so that pipeline may fail later without failing this one (a warning says so).`;

const EXIT_CODES = `Exit codes:
  0  success
  1  the job ended in a failing state (not one of --success-statuses; for the pipeline commands the
     pipeline's), or fetch-artifacts refused an archive entry
  2  bad usage: a missing or invalid option, or one the command does not take (the message names it)
  3  timed out (--timeout passed, or GitLab did not answer within --request-timeout)
  4  GitLab answered with an error, or the network failed
  130  interrupted (SIGINT/SIGTERM)`;

const NETWORK = `Network: HTTPS_PROXY, HTTP_PROXY and NO_PROXY (or their lower-case forms) are honoured as
curl does; --ca-file (or NODE_EXTRA_CA_CERTS) adds the CA of a self-managed GitLab or a TLS-inspecting proxy.`;

/** The full help text. */
export function cliHelp(version: string): string {
  const first = DEFAULT_POLL_SCHEDULE.firstIntervalMs / 1000;
  const cap = DEFAULT_POLL_SCHEDULE.maxIntervalMs / 1000;
  const commandLine = (command: CliCommand) => `  ${command.name.padEnd(23)} ${command.summary}`;
  return `jobrelay ${version}: wait for, play and read GitLab CI jobs, run and follow pipelines, fetch artifacts, from any CI.

Usage: jobrelay <command> [options]       jobrelay <command> --help shows a command's options.

Step commands (the GitHub Action's and the GitLab components' commands):
${CLI_COMMANDS.filter((command) => isStepCommand(command.name))
  .map(commandLine)
  .join('\n')}

Other commands:
${CLI_COMMANDS.filter((command) => !isStepCommand(command.name))
  .map(commandLine)
  .join('\n')}

Options (each also read from the environment as ${environmentName('<name>')}, e.g. ${environmentName('gitlab-url')}):
${optionLines(undefined).join('\n')}

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
with --json one JSON value: the result, or {"error": {"code", "message", …}}.

${EXIT_CODES}

Commands: ${CLI_COMMANDS.map((command) => command.name).join(', ')}.
`;
}

/** The help of one command: what it does and the options it takes. */
export function commandHelp(command: CliCommand, version: string): string {
  const follow =
    command.name === 'wait-for-job' ||
    command.name === 'trigger-manual-job' ||
    command.name === 'play'
      ? '\nWith --follow the job log goes to stdout (pipe it), progress to stderr.\n'
      : command.name === 'wait-for-pipeline' || command.name === 'trigger-pipeline'
        ? `\nWith --follow-log=<job>,<job> (--follow: every job) those jobs' logs go to stdout, progress to stderr.
${PIPELINE_VERDICT}\n`
        : '';
  return `jobrelay ${version} ${command.name}: ${command.summary}

Usage: jobrelay ${command.name} [options]

Options (each also read from the environment as ${environmentName('<name>')}):
${optionLines(command.options).join('\n')}
${follow}
${NETWORK}

${EXIT_CODES}
`;
}
