// The commands of the CI step, by the names every face uses.

/** The CI step's commands: the action's `command` input, the CLI's subcommands, the components. */
export const STEP_COMMANDS = [
  'wait-for-job',
  'trigger-manual-job',
  'fetch-trace-artifact',
  'trigger-pipeline',
  'wait-for-pipeline',
  'fetch-artifacts',
] as const;

/** One of the CI step's commands. */
export type StepCommand = (typeof STEP_COMMANDS)[number];

/** True when `value` names a step command. */
export function isStepCommand(value: string): value is StepCommand {
  return (STEP_COMMANDS as readonly string[]).includes(value);
}

/** The commands that act on one job (and end with it in their result). */
export const JOB_COMMANDS = [
  'wait-for-job',
  'trigger-manual-job',
  'fetch-trace-artifact',
] as const satisfies readonly StepCommand[];

/** A command that acts on one job. */
export type JobCommand = (typeof JOB_COMMANDS)[number];

/** The commands that create or wait for a pipeline. */
export const PIPELINE_COMMANDS = [
  'trigger-pipeline',
  'wait-for-pipeline',
] as const satisfies readonly StepCommand[];

/** True when `command` waits for (or creates) a pipeline rather than a job. */
export function isPipelineCommand(command: StepCommand): boolean {
  return (PIPELINE_COMMANDS as readonly StepCommand[]).includes(command);
}
