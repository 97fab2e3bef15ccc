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
      pipelineInputs: {},
      wait: false,
      timeoutMs: 1_800_000,
      requestTimeoutMs: 30_000,
      intervalMs: 2_000,
      maxIntervalMs: 12_000,
      followLog: false,
      followJobs: [],
      // Only the commands that write a file have a default one (job.log, artifacts.zip).
      output: '',
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
        { key: 'A', value: '1', masked: false },
        { key: 'B', value: 'x=y', masked: false },
        { key: 'C', value: '', masked: false },
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

  it('names the job with its value as typed when it is too large to be an id', () => {
    const error = invalid({ job: '99999999999999999999' });
    expect(error).toMatchObject({ field: 'job', value: '"99999999999999999999"' });
  });

  it('names gitlab-url for an address the client cannot use, without its credentials', () => {
    expect(invalid({ 'gitlab-url': 'ftp://gitlab.example.com' })).toMatchObject({
      field: 'gitlab-url',
    });
    const error = invalid({ 'gitlab-url': 'https://user:pa55word-x@gitlab.example.com' });
    expect(error.field).toBe('gitlab-url');
    expect(error.message).not.toContain('pa55word');
  });

  it('names an empty required input without an empty value', () => {
    const error = invalid({ project: '' });
    expect(error).toMatchObject({ field: 'project', value: '' });
    expect(error.message).toBe('Invalid project: is required (or set CI_PROJECT_ID)');
  });

  it('refuses a timeout and a request timeout of 0', () => {
    expect(invalid({ timeout: '0' })).toMatchObject({ field: 'timeout' });
    expect(invalid({ 'request-timeout': '0s' })).toMatchObject({ field: 'request-timeout' });
  });

  it.each([
    ['command', ['', 'x', '1']],
    ['gitlab-url', ['x', 'ftp://a', 'http://', 'https://a?b=1', 'https://a#b']],
    ['token-type', ['x', 'PRIVATE', ' ']],
    ['project', ['/', 'a//b', '..', 'a/%2e', 'a\\b', 'a\u0000b', '-1']],
    ['job', ['abc', '0', '-1', '1.5', '1e3', '99999999999999999999']],
    ['pipeline', ['abc', '0', '1e3']],
    ['timeout', ['0', 'soon', '-1s', '1x']],
    ['request-timeout', ['0', 'soon']],
    ['interval', ['0', 'x']],
    ['max-interval', ['0', 'x']],
    ['wait', ['yes', '1']],
    ['success-statuses', ['x', ',']],
    ['summary-lines', ['abc', '-1', '1.5', '5000']],
    ['variables', ['A', 'A B=1', 'A=1\nA=2']],
    ['masked-variables', ['A', 'A B=1']],
  ] as Array<[string, string[]]>)(
    "says what is wrong with %s in words, not valibot's",
    (name, values) => {
      for (const value of values) {
        let error: { message: string; field: string } | undefined;
        try {
          parseStepInputs({ ...base, [name]: value });
        } catch (caught) {
          error = caught as { message: string; field: string };
        }
        if (value.trim() === '' && name !== 'command') continue;
        expect(error?.field, `${name}=${JSON.stringify(value)}`).toBe(name);
        expect(error?.message).not.toMatch(/Expected|received|Invalid (type|format|length):/);
      }
    },
  );

  it('masks variable values from 8 characters, and masked-variables whatever their length', () => {
    const { variables } = parseStepInputs({
      ...base,
      command: 'trigger-manual-job',
      variables: 'FLAG=true\nPASSWORD=hunter22',
      'masked-variables': 'PIN=1234',
    });
    expect(variables).toEqual([
      { key: 'FLAG', value: 'true', masked: false },
      { key: 'PASSWORD', value: 'hunter22', masked: true },
      { key: 'PIN', value: '1234', masked: true },
    ]);
  });

  it('refuses a key given both in variables and masked-variables, without its values', () => {
    const error = invalid({ variables: 'PIN=12345678', 'masked-variables': 'PIN=1234' });
    expect(error.field).toBe('masked-variables');
    expect(error.message).not.toMatch(/1234/);
  });

  it('sends a glcbt- token as a job token under token-type auto', () => {
    expect(parseStepInputs({ ...base, token: 'glcbt-64_job-token-0001' }).tokenType).toBe('job');
    expect(parseStepInputs(base).tokenType).toBe('private');
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
      requestTimeoutMs: 30_000,
    });
  });

  it('names project, not the whole inputs, when it is refused', () => {
    expect(() =>
      parseConnectionInputs({
        token: 'glpat-x-token-0001',
        'gitlab-url': 'https://g.example',
        project: 'g/../a',
      }),
    ).toThrow(expect.objectContaining({ field: 'project', value: '"g/../a"' }));
  });

  it('names a required input that is missing', () => {
    expect(() =>
      parseConnectionInputs({ token: 'glpat-x-token-0001', 'gitlab-url': 'https://g.example' }, [
        'job',
      ]),
    ).toThrow(expect.objectContaining({ field: 'job' }));
  });
});
