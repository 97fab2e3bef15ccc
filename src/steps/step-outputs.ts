// The CI step's outputs: names and meaning, mirrored by action.yml and the CLI's --json result.
import { JOB_COMMANDS, STEP_COMMANDS, type StepCommand } from './step-command.js';

const ALL = STEP_COMMANDS;
const PIPELINES: readonly StepCommand[] = ['trigger-pipeline', 'wait-for-pipeline'];
const FILES: readonly StepCommand[] = ['fetch-trace-artifact', 'fetch-artifacts'];

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
    description:
      'The job status at the end (e.g. success, failed, manual); the pipeline status for the pipeline commands.',
    commands: ALL,
  },
  {
    name: 'job-id',
    description: 'The job id (fetch-artifacts: empty when the job was found by ref).',
    commands: [...JOB_COMMANDS, 'fetch-artifacts'],
  },
  {
    name: 'pipeline-id',
    description: 'The pipeline id: the one created, or awaited.',
    commands: PIPELINES,
  },
  {
    name: 'web-url',
    description: 'The job page on GitLab; the pipeline page for the pipeline commands.',
    commands: ALL,
  },
  {
    name: 'duration',
    description:
      'The job (pipeline) duration in seconds, as GitLab reports it (empty if it did not run).',
    commands: [...JOB_COMMANDS, ...PIPELINES],
  },
  {
    name: 'failure-reason',
    description: 'GitLab failure reason when the job failed (e.g. script_failure).',
    commands: JOB_COMMANDS,
  },
  { name: 'timed-out', description: 'true when the step gave up at timeout.', commands: ALL },
  {
    name: 'path',
    description: 'Absolute path of the written file (the log; the artifacts archive or file).',
    commands: FILES,
  },
  {
    name: 'bytes',
    description: 'Bytes written to that file.',
    commands: FILES,
  },
  {
    name: 'sha256',
    description: 'Hex SHA-256 of that file.',
    commands: FILES,
  },
  {
    name: 'extracted-path',
    description:
      'Absolute path of the folder the archive was extracted into (empty without extract).',
    commands: ['fetch-artifacts'],
  },
  {
    name: 'extracted-files',
    description: 'Files extracted from the archive (empty without extract).',
    commands: ['fetch-artifacts'],
  },
];

/** An output name. */
export type StepOutputName =
  | 'status'
  | 'job-id'
  | 'pipeline-id'
  | 'web-url'
  | 'duration'
  | 'failure-reason'
  | 'timed-out'
  | 'path'
  | 'bytes'
  | 'sha256'
  | 'extracted-path'
  | 'extracted-files';
