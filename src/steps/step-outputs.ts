// The CI step's outputs: names and meaning, mirrored by action.yml and the CLI's --json result.
import { STEP_COMMANDS, type StepCommand } from './step-command.js';

const ALL = STEP_COMMANDS;

/** One output of the step. */
export interface StepOutputDefinition {
  name: string;
  description: string;
  commands: readonly StepCommand[];
}

/** Every output of the CI step (action outputs; the CLI's `--json` result keys). */
export const STEP_OUTPUTS: readonly StepOutputDefinition[] = [
  {
    name: 'status',
    description: 'The job status at the end (e.g. success, failed, manual).',
    commands: ALL,
  },
  { name: 'job-id', description: 'The job id.', commands: ALL },
  { name: 'web-url', description: 'The job page on GitLab.', commands: ALL },
  {
    name: 'duration',
    description: 'The job duration in seconds, as GitLab reports it (empty if it did not run).',
    commands: ALL,
  },
  {
    name: 'failure-reason',
    description: 'GitLab failure reason when the job failed (e.g. script_failure).',
    commands: ALL,
  },
  { name: 'timed-out', description: 'true when the step gave up at timeout.', commands: ALL },
  {
    name: 'path',
    description: 'Absolute path of the written log file.',
    commands: ['fetch-trace-artifact'],
  },
  {
    name: 'bytes',
    description: 'Bytes written to the log file.',
    commands: ['fetch-trace-artifact'],
  },
  {
    name: 'sha256',
    description: 'Hex SHA-256 of the written log file.',
    commands: ['fetch-trace-artifact'],
  },
];

/** An output name. */
export type StepOutputName =
  | 'status'
  | 'job-id'
  | 'web-url'
  | 'duration'
  | 'failure-reason'
  | 'timed-out'
  | 'path'
  | 'bytes'
  | 'sha256';
