// --help is generated from the step's definitions: every option, its default, the exit codes.
import { describe, expect, it } from 'vitest';
import { cliHelp } from '../../src/cli/cli-help.js';
import { inputsFor } from '../../src/steps/step-inputs.js';

const help = cliHelp('9.9.9');

describe('cliHelp', () => {
  it.each(inputsFor('cli').map((input) => [input.name, input] as const))(
    'documents --%s with its description',
    (name, input) => {
      const flag = input.cliRepeatable ? `--${input.cliRepeatable} KEY=VALUE` : `--${name}`;
      expect(help).toContain(flag);
      expect(help).toContain(input.description);
      if (input.default && !input.boolean) expect(help).toContain(`[default: ${input.default}]`);
    },
  );

  it('lists the exit codes 0 to 4', () => {
    for (const code of [
      '0  success',
      '1  the job ended',
      '2  bad usage',
      '3  timed out',
      '4  GitLab answered',
    ]) {
      expect(help).toContain(code);
    }
  });

  it('states the polling defaults', () => {
    expect(help).toContain('every 2 s at first, doubling up to 12 s');
  });

  it('names the environment fallbacks', () => {
    for (const name of [
      'CI_API_V4_URL',
      'CI_SERVER_URL',
      'CI_JOB_TOKEN',
      'CI_PROJECT_ID',
      'CI_PIPELINE_ID',
      'GITLAB_URL',
      'GITLAB_TOKEN',
    ]) {
      expect(help).toContain(name);
    }
  });
});
