// The valibot schema of the step's raw string inputs: each input parsed from text into its type.
import * as v from 'valibot';
import { normaliseApiUrl } from '../gitlab/client.js';
import { InvalidInputError } from '../gitlab/errors/invalid-input-error.js';
import { hasControlCharacter } from '../gitlab/has-control-character.js';
import { projectRefProblem } from '../gitlab/params/project-id.js';
import type { JobStatus } from '../gitlab/schemas/job-status.js';
import { parseDuration } from './parse-duration.js';
import { parsePipelineInputs } from './parse-pipeline-inputs.js';
import { parseVariables } from './parse-variables.js';
import { STEP_COMMANDS } from './step-command.js';

// Statuses a job can end a wait in: the finished ones, and the two that wait for a person or a time.
const END_STATUSES: readonly JobStatus[] = [
  'success',
  'failed',
  'canceled',
  'skipped',
  'manual',
  'scheduled',
];

const text = v.string();
const optionalText = v.pipe(
  v.string(),
  v.transform((value) => value.trim() || undefined),
);
const boolean = v.pipe(
  v.string(),
  v.transform((value) => value.trim().toLowerCase()),
  v.picklist(['true', 'false'], 'must be true or false'),
  v.transform((value) => value === 'true'),
);
const id = (what: string) =>
  v.pipe(
    v.string(),
    v.transform((value) => value.trim()),
    // Checked as typed: a number past 2^53 would be rounded, and another job named.
    v.check(
      (value) => value === '' || (/^[1-9]\d*$/.test(value) && Number.isSafeInteger(Number(value))),
      `must be a ${what} id (a positive whole number, at most ${Number.MAX_SAFE_INTEGER})`,
    ),
    v.transform((value) => (value === '' ? undefined : Number(value))),
  );
const duration = v.pipe(
  v.string(),
  v.transform((value) => parseDuration(value)),
  v.number('must be a duration such as 90s, 30m, 1h30m, 500ms, or a number of seconds'),
  v.check((ms) => ms > 0, 'must be longer than zero'),
);
const variables = v.pipe(
  v.string(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const parsed = parseVariables(dataset.value);
    if (typeof parsed === 'string') {
      addIssue({ message: parsed });
      return NEVER;
    }
    return parsed;
  }),
);

const pipelineInputs = v.pipe(
  v.string(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const parsed = parsePipelineInputs(dataset.value);
    if (typeof parsed === 'string') {
      addIssue({ message: parsed });
      return NEVER;
    }
    return parsed;
  }),
);

/** Every input as text (defaults applied) → its typed value; issues name the input by its key. */
export const RawInputsSchema = v.object({
  command: v.pipe(
    v.string(),
    v.transform((value) => value.trim()),
    v.picklist(STEP_COMMANDS, `must be one of ${STEP_COMMANDS.join(', ')}`),
  ),
  'gitlab-url': v.pipe(
    v.string(),
    v.trim(),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      // The client's own rules (http or https, no credentials, no query), checked here to name the input.
      try {
        normaliseApiUrl(dataset.value);
      } catch (error) {
        addIssue({
          message:
            error instanceof InvalidInputError
              ? error.reason
              : 'is not an absolute URL (e.g. https://gitlab.com)',
        });
      }
    }),
  ),
  token: text,
  'token-type': v.picklist(
    ['auto', 'private', 'job', 'oauth'],
    'must be auto, private, job or oauth',
  ),
  'ca-file': optionalText,
  project: v.pipe(
    v.string(),
    v.transform((value) => value.trim()),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const problem =
        dataset.value === ''
          ? 'is required (or set CI_PROJECT_ID)'
          : projectRefProblem(dataset.value);
      if (problem) addIssue({ message: problem });
    }),
    v.transform((value): string | number => (/^\d+$/.test(value) ? Number(value) : value)),
  ),
  job: id('job'),
  pipeline: id('pipeline'),
  name: optionalText,
  ref: v.pipe(
    optionalText,
    v.check(
      (ref) => ref === undefined || !hasControlCharacter(ref),
      'must be a branch or tag name (no control characters)',
    ),
  ),
  sha: v.pipe(
    optionalText,
    v.check(
      (sha) => sha === undefined || /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(sha),
      'must be a full commit SHA (40 or 64 hex digits)',
    ),
  ),
  'trigger-token': v.pipe(
    optionalText,
    v.check(
      (token) => token === undefined || !/\s/.test(token),
      'must be a pipeline trigger token or a CI job token (no whitespace)',
    ),
  ),
  variables,
  'masked-variables': variables,
  inputs: pipelineInputs,
  wait: boolean,
  timeout: duration,
  'request-timeout': duration,
  interval: duration,
  'max-interval': duration,
  // A flag, or (pipeline commands) a list of job names: read per command by parseStepInputs.
  'follow-log': v.pipe(v.string(), v.trim()),
  // Never empty for the commands that write a file: each has a default of its own.
  output: v.pipe(v.string(), v.trim()),
  'artifact-path': v.pipe(
    optionalText,
    v.check(
      (path) =>
        path === undefined ||
        (!path.includes('\0') && path.split('/').every((part) => part !== '..' && part !== '.')),
      'must be a path inside the archive such as dist/app.js (no . or .. segments)',
    ),
  ),
  extract: optionalText,
  'success-statuses': v.pipe(
    v.string(),
    v.transform((value) => [...new Set(value.split(/[\s,]+/).filter(Boolean))]),
    v.array(v.picklist(END_STATUSES, `each status must be one of ${END_STATUSES.join(', ')}`)),
    v.minLength(1, 'give at least one status'),
  ),
  'keep-waiting-on-manual': boolean,
  'strip-ansi': boolean,
  'summary-lines': v.pipe(
    v.string(),
    v.trim(),
    v.regex(/^\d+$/, 'must be a whole number of lines (0 for none)'),
    v.transform(Number),
    v.maxValue(1000, 'must be at most 1000'),
  ),
  'cancel-on-abort': boolean,
});
