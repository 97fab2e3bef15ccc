// The CLI's --help text, generated from the step's input definitions so it cannot drift from them.
import { DEFAULT_POLL_SCHEDULE } from '../gitlab/wait/next-poll-delay.js';
import { STEP_COMMANDS } from '../steps/step-command.js';
import { inputsFor } from '../steps/step-inputs.js';
import { CLI_ONLY_OPTIONS, environmentName } from './cli-options.js';

/** The API subcommands besides the three step commands, with what each does. */
export const API_COMMANDS: ReadonlyArray<readonly [string, string]> = [
  ['play', 'Alias of trigger-manual-job.'],
  [
    'list',
    "List a project's jobs, or a pipeline's with --pipeline (--scope, --include-retried, --limit).",
  ],
  ['bridges', "List a pipeline's trigger jobs (--pipeline)."],
  ['get', 'Show one job (--job).'],
  ['trace', "Print a job's log to stdout (--job; --strip-ansi)."],
  ['cancel', 'Cancel a job (--job).'],
  ['retry', 'Retry a job (--job); prints the new job.'],
  ['erase', "Erase a job's log and artifacts (--job)."],
  ['whoami', 'Show the job a CI job token belongs to (GET /job).'],
  ['agents', 'Show the Kubernetes agents a CI job token may use (GET /job/allowed_agents).'],
  ['emulator', 'Serve the local GitLab Jobs API emulator (see jobrelay emulator --help).'],
];

/** The full help text. */
export function cliHelp(version: string): string {
  const option = (flag: string, text: string) => `  ${flag.padEnd(34)} ${text}`;
  const inputs = inputsFor('cli').map((input) => {
    const flag = input.cliRepeatable
      ? `--${input.cliRepeatable} KEY=VALUE`
      : input.boolean
        ? `--${input.name}${input.cliAlias ? `, --${input.cliAlias}` : ''}`
        : `--${input.name} <value>`;
    const fallback = input.default && !input.boolean ? ` [default: ${input.default}]` : '';
    return option(flag, `${input.description}${fallback}`);
  });
  const own = CLI_ONLY_OPTIONS.map((cliOption) =>
    option(
      `${cliOption.short ? `-${cliOption.short}, ` : ''}--${cliOption.name}${cliOption.boolean ? '' : ' <value>'}`,
      cliOption.description,
    ),
  );
  const first = DEFAULT_POLL_SCHEDULE.firstIntervalMs / 1000;
  const cap = DEFAULT_POLL_SCHEDULE.maxIntervalMs / 1000;
  return `jobrelay ${version}: wait for, play and read GitLab CI jobs from any CI.

Usage: jobrelay <command> [options]

Step commands (the GitHub Action's and the GitLab components' commands):
  wait-for-job            Wait until a job ends; exit 0 if its status counts as success.
  trigger-manual-job      Play a manual job once (waiting while it is created), with --var; --wait to wait for it.
  fetch-trace-artifact    Save a job's log to --output (constant memory); --follow keeps appending until it ends.

Other commands:
${API_COMMANDS.map(([name, text]) => `  ${name.padEnd(23)} ${text}`).join('\n')}

Options (each also read from the environment as ${environmentName('<name>')}, e.g. ${environmentName('gitlab-url')}):
${inputs.join('\n')}
${own.join('\n')}

Boolean options take --<name>, --no-<name> or --<name>=true|false.

Environment: inside a GitLab job nothing else is needed: CI_API_V4_URL (or CI_SERVER_URL),
CI_JOB_TOKEN (token type job), CI_PROJECT_ID and CI_PIPELINE_ID are used. Elsewhere GITLAB_URL and
GITLAB_TOKEN (token type private). A job token can only do this through the jobrelay relay
(--gitlab-url <relay>): GitLab itself lets it read no other job.

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

Exit codes:
  0  success
  1  the job ended in a failing state (not one of --success-statuses)
  2  bad usage: a missing or invalid option (the message names it)
  3  timed out (--timeout passed, or GitLab did not answer within --request-timeout)
  4  GitLab answered with an error, or the network failed
  130  interrupted (SIGINT/SIGTERM)

Commands: ${STEP_COMMANDS.join(', ')}, ${API_COMMANDS.map(([name]) => name).join(', ')}.
`;
}
