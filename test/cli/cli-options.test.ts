// Parsing the command line: step inputs by their names, boolean flags, --var, aliases, JOBRELAY_ variables.
import { describe, expect, it } from 'vitest';
import {
  environmentName,
  inputsWithEnvironment,
  parseCommandLine,
} from '../../src/cli/cli-options.js';

describe('parseCommandLine', () => {
  it('reads the command and the step inputs by their names', () => {
    const line = parseCommandLine([
      'wait-for-job',
      '--project',
      'g/app',
      '--job=42',
      '--timeout',
      '5m',
    ]);
    expect(line.command).toBe('wait-for-job');
    expect(line.inputs).toEqual({ project: 'g/app', job: '42', timeout: '5m' });
  });

  it('takes boolean inputs as bare flags, negated flags, or with a value', () => {
    expect(parseCommandLine(['x', '--wait']).inputs.wait).toBe('true');
    expect(parseCommandLine(['x', '--no-wait']).inputs.wait).toBe('false');
    expect(parseCommandLine(['x', '--wait=false']).inputs.wait).toBe('false');
  });

  it('takes --follow as --follow-log', () => {
    expect(parseCommandLine(['x', '--follow']).inputs['follow-log']).toBe('true');
  });

  it('gathers repeated --var into the multiline variables input', () => {
    expect(parseCommandLine(['x', '--var', 'A=1', '--var', 'B=2']).inputs.variables).toBe(
      'A=1\nB=2',
    );
  });

  it('reads the CLI-only options', () => {
    const line = parseCommandLine([
      'list',
      '--json',
      '--scope',
      'failed,manual',
      '--scope',
      'running',
    ]);
    expect(line).toMatchObject({ json: true, scope: ['failed', 'manual', 'running'] });
  });

  it('refuses an unknown option as bad usage', () => {
    expect(() => parseCommandLine(['wait-for-job', '--jobb', '1'])).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: expect.stringContaining('--jobb'),
      }),
    );
  });
});

describe('inputsWithEnvironment', () => {
  it('fills inputs not given from JOBRELAY_<NAME> variables', () => {
    expect(environmentName('success-statuses')).toBe('JOBRELAY_SUCCESS_STATUSES');
    const inputs = inputsWithEnvironment(
      { job: '1' },
      { JOBRELAY_JOB: '2', JOBRELAY_TIMEOUT: '9m', JOBRELAY_VARIABLES: 'A=1\nB=2' },
    );
    expect(inputs).toMatchObject({ job: '1', timeout: '9m', variables: 'A=1\nB=2' });
  });
});
