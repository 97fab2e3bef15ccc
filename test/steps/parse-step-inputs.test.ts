// Validating the step's inputs: defaults, types, cross-checks, and errors that name the input.
import { describe, expect, it } from 'vitest';
import { parseConnectionInputs } from '../../src/steps/parse-connection-inputs.js';
import { parseStepInputs, type RawStepInputs } from '../../src/steps/parse-step-inputs.js';

const base: RawStepInputs = {
  command: 'wait-for-job',
  'gitlab-url': 'https://gitlab.example.com',
  token: 'glpat-inputs-test-token-0001',
  project: 'group/app',
  job: '42',
};

function invalid(overrides: RawStepInputs) {
  try {
    parseStepInputs({ ...base, ...overrides });
  } catch (error) {
    return error as { code: string; field: string; value: string; message: string };
  }
  throw new Error('expected the inputs to be refused');
}

describe('parseStepInputs', () => {
  it('applies the documented defaults to inputs left empty', () => {
    expect(parseStepInputs({ ...base, timeout: '', wait: '' })).toEqual({
      command: 'wait-for-job',
      gitlabUrl: 'https://gitlab.example.com',
      token: 'glpat-inputs-test-token-0001',
      tokenType: 'private',
      project: 'group/app',
      job: 42,
      pipeline: undefined,
      name: undefined,
      variables: [],
      wait: false,
      timeoutMs: 1_800_000,
      intervalMs: 2_000,
      maxIntervalMs: 12_000,
      followLog: false,
      output: 'job.log',
      successStatuses: ['success'],
      keepWaitingOnManual: false,
      stripAnsi: false,
      summaryLines: 20,
      cancelOnAbort: false,
    });
  });

  it('reads a numeric project as an id', () => {
    expect(parseStepInputs({ ...base, project: '17' }).project).toBe(17);
  });

  it('reads booleans case-insensitively', () => {
    expect(parseStepInputs({ ...base, 'follow-log': 'TRUE' }).followLog).toBe(true);
  });

  it('splits success statuses on commas and spaces', () => {
    expect(
      parseStepInputs({ ...base, 'success-statuses': 'success, manual skipped' }).successStatuses,
    ).toEqual(['success', 'manual', 'skipped']);
  });

  it('reads variables one KEY=VALUE a line, keeping = in values', () => {
    expect(parseStepInputs({ ...base, variables: 'A=1\n\n# note\nB=x=y\r\nC=' }).variables).toEqual(
      [
        { key: 'A', value: '1' },
        { key: 'B', value: 'x=y' },
        { key: 'C', value: '' },
      ],
    );
  });

  it.each([
    [{ command: 'wait' }, 'command'],
    [{ 'gitlab-url': 'gitlab.example.com' }, 'gitlab-url'],
    [{ 'token-type': 'personal' }, 'token-type'],
    [{ project: '../etc' }, 'project'],
    [{ job: '12abc' }, 'job'],
    [{ job: '', pipeline: 'x', name: 'deploy' }, 'pipeline'],
    [{ timeout: 'forever' }, 'timeout'],
    [{ interval: '0s' }, 'interval'],
    [{ 'follow-log': 'yes' }, 'follow-log'],
    [{ 'success-statuses': 'success,cancelled' }, 'success-statuses'],
    [{ 'summary-lines': '-1' }, 'summary-lines'],
    [{ variables: 'NOT A VARIABLE' }, 'variables'],
    [{ variables: 'A=1\nA=2' }, 'variables'],
  ] as Array<[RawStepInputs, string]>)('refuses %j naming %s', (overrides, field) => {
    const error = invalid(overrides);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
  });

  it('asks for a job, or a pipeline and a name', () => {
    expect(invalid({ job: '' })).toMatchObject({ field: 'name' });
    expect(invalid({ job: '', name: 'deploy' })).toMatchObject({ field: 'pipeline' });
  });

  it('refuses a job id together with a name', () => {
    expect(invalid({ name: 'deploy' })).toMatchObject({ field: 'name' });
  });

  it('asks for a token when there is none', () => {
    expect(invalid({ token: '' })).toMatchObject({ field: 'token' });
  });

  it('never shows a variable value in an error', () => {
    const error = invalid({ variables: 'GOOD=hunter2-secret\nBAD KEY=hunter2-secret' });
    expect(error.message).not.toContain('hunter2');
    expect(error.value).toBe('[REDACTED]');
  });
});

describe('parseConnectionInputs', () => {
  it('takes only the connection inputs and what the command requires', () => {
    expect(
      parseConnectionInputs({ token: 'glpat-x-token-0001', 'gitlab-url': 'https://g.example' }),
    ).toEqual({
      gitlabUrl: 'https://g.example',
      token: 'glpat-x-token-0001',
      tokenType: 'private',
      project: undefined,
      job: undefined,
      pipeline: undefined,
      timeoutMs: 1_800_000,
    });
  });

  it('names a required input that is missing', () => {
    expect(() =>
      parseConnectionInputs({ token: 'glpat-x-token-0001', 'gitlab-url': 'https://g.example' }, [
        'job',
      ]),
    ).toThrow(expect.objectContaining({ field: 'job' }));
  });
});
