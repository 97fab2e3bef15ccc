// Each parameter rule rejects with a message saying what the parameter must be, naming the field.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { IdParamSchema, ProjectRefParamSchema } from '../../../src/gitlab/params/param-schemas.js';
import {
  createClient,
  getJob,
  isInvalidInputError,
  listProjectJobs,
  playJob,
} from '../../../src/index.js';
import { json, stubFetch } from '../../helpers/stub-fetch.js';

function setup() {
  const stub = stubFetch(json({ message: 'not found' }, 404));
  const client = createClient({
    url: 'https://gitlab.example.com',
    token: 'glpat-paramschemastoken01',
    fetch: stub.fetch,
    retry: false,
  });
  return { client, calls: stub.calls };
}

type Client = ReturnType<typeof setup>['client'];

/** The error a call throws or rejects with (lists throw when built, single calls reject). */
async function rejection(call: () => unknown): Promise<unknown> {
  return Promise.resolve()
    .then(call)
    .then(
      () => expect.fail('expected the parameters to be rejected'),
      (error: unknown) => error,
    );
}

const CASES: Array<[string, (client: Client) => unknown, string, string, string]> = [
  [
    'a project that is neither id nor path',
    (c) => getJob(c, { project: true as never, jobId: 1 }),
    'project',
    'true',
    'must be a project id or a path like group/project (in getJob)',
  ],
  [
    'a project path that leaves its route',
    (c) => getJob(c, { project: 'group/../other', jobId: 1 }),
    'project',
    '"group/../other"',
    'path segments "." and ".." are not allowed (in getJob)',
  ],
  [
    'a job id that is neither number nor string',
    (c) => getJob(c, { project: 1, jobId: true as never }),
    'jobId',
    'true',
    'must be a positive integer id (in getJob)',
  ],
  [
    'a job id string that is not digits',
    (c) => getJob(c, { project: 1, jobId: '12a' }),
    'jobId',
    '"12a"',
    'must be a positive integer id (in getJob)',
  ],
  [
    'a fractional job id',
    (c) => getJob(c, { project: 1, jobId: 1.5 }),
    'jobId',
    '1.5',
    'must be a positive integer id (in getJob)',
  ],
  [
    'a job id past the safe integers',
    (c) => getJob(c, { project: 1, jobId: 2 ** 53 }),
    'jobId',
    '9007199254740992',
    'must be a positive integer id (in getJob)',
  ],
  [
    'an empty scope array',
    (c) => listProjectJobs(c, { project: 1, scope: [] }),
    'scope',
    'an array',
    'give at least one value or omit it (in listProjectJobs)',
  ],
  [
    'a perPage that is not a number',
    (c) => listProjectJobs(c, { project: 1, perPage: '10' as never }),
    'perPage',
    '"10"',
    'must be an integer from 1 to 100 (in listProjectJobs)',
  ],
  [
    'a fractional perPage',
    (c) => listProjectJobs(c, { project: 1, perPage: 1.5 }),
    'perPage',
    '1.5',
    'must be an integer from 1 to 100 (in listProjectJobs)',
  ],
  [
    'a perPage of 0',
    (c) => listProjectJobs(c, { project: 1, perPage: 0 }),
    'perPage',
    '0',
    'must be an integer from 1 to 100 (in listProjectJobs)',
  ],
  [
    'a perPage over 100',
    (c) => listProjectJobs(c, { project: 1, perPage: 101 }),
    'perPage',
    '101',
    'must be an integer from 1 to 100 (GitLab serves at most 100 a page) (in listProjectJobs)',
  ],
  [
    'a maxItems that is not a number',
    (c) => listProjectJobs(c, { project: 1, maxItems: '5' as never }),
    'maxItems',
    '"5"',
    'must be a positive integer (in listProjectJobs)',
  ],
  [
    'a fractional maxItems',
    (c) => listProjectJobs(c, { project: 1, maxItems: 2.5 }),
    'maxItems',
    '2.5',
    'must be a positive integer (in listProjectJobs)',
  ],
  [
    'a maxPages of 0',
    (c) => listProjectJobs(c, { project: 1, maxPages: 0 }),
    'maxPages',
    '0',
    'must be a positive integer (in listProjectJobs)',
  ],
  [
    'a signal that is not an AbortSignal',
    (c) => getJob(c, { project: 1, jobId: 1, signal: {} as never }),
    'signal',
    'an object',
    'must be an AbortSignal (in getJob)',
  ],
  [
    'a deadline that is not a number',
    (c) => getJob(c, { project: 1, jobId: 1, deadline: '2030-01-01' as never }),
    'deadline',
    '"2030-01-01"',
    'must be epoch milliseconds (in getJob)',
  ],
  [
    'an infinite deadline',
    (c) => getJob(c, { project: 1, jobId: 1, deadline: Number.POSITIVE_INFINITY }),
    'deadline',
    'Infinity',
    'must be epoch milliseconds (in getJob)',
  ],
  [
    'variables that are neither record nor list',
    (c) => playJob(c, { project: 1, jobId: 1, variables: 'A=1' as never }),
    'variables',
    '"A=1"',
    'must be a Record<string, string> or { key, value }[] (in playJob)',
  ],
  [
    'a variable that is not { key, value }',
    (c) => playJob(c, { project: 1, jobId: 1, variables: ['A=1' as never] }),
    'variables[0]',
    '"A=1"',
    'each variable is { key, value } (in playJob)',
  ],
  [
    'a variable key that is not a string',
    (c) => playJob(c, { project: 1, jobId: 1, variables: [{ key: 5 as never, value: 'v' }] }),
    'variables[0].key',
    '5',
    'a variable key must be a string (in playJob)',
  ],
  [
    'a variable value that is not a string',
    (c) => playJob(c, { project: 1, jobId: 1, variables: { A: 5 as never } }),
    'variables[0].value',
    '[REDACTED]',
    'a variable value must be a string (in playJob)',
  ],
];

describe('parameter messages', () => {
  it.each(CASES)('%s', async (_name, call, field, value, reason) => {
    const { client, calls } = setup();
    const error = await rejection(() => call(client));
    expect(isInvalidInputError(error)).toBe(true);
    expect(error).toMatchObject({ field, value, reason });
    expect(calls).toHaveLength(0);
  });
});

describe('ids given as strings', () => {
  it('accepts a job id of several digits, as a number', () => {
    expect(v.parse(IdParamSchema, '1234')).toBe(1234);
  });
});

describe('ProjectRefParamSchema', () => {
  it.each([
    [42, true],
    ['group/app', true],
    ['group/../app', false],
    ['/etc/passwd', false],
    [0, false],
    [true, false],
  ])('%o is accepted: %s', (project, accepted) => {
    expect(v.safeParse(ProjectRefParamSchema, project).success).toBe(accepted);
  });

  it.each([
    ['group/../app', 'path segments "." and ".." are not allowed'],
    [true, 'must be a project id or a path like group/project'],
  ])('says once why %j cannot be used', (project, message) => {
    const result = v.safeParse(ProjectRefParamSchema, project);
    expect(result.issues?.map((issue) => issue.message)).toEqual([message]);
  });
});
