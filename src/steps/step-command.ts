// The three commands of the CI step, by the names every face uses.

/** The CI step's commands: the action's `command` input, the CLI's subcommands, the components. */
export const STEP_COMMANDS = [
  'wait-for-job',
  'trigger-manual-job',
  'fetch-trace-artifact',
] as const;

/** One of the CI step's commands. */
export type StepCommand = (typeof STEP_COMMANDS)[number];

/** True when `value` names a step command. */
export function isStepCommand(value: string): value is StepCommand {
  return (STEP_COMMANDS as readonly string[]).includes(value);
}
