// The GitLab CI/CD components share the step's input names and defaults and run the pinned CLI.
import { describe, expect, it } from 'vitest';
import { environmentName } from '../../src/cli/cli-options.js';
import { JOBRELAY_VERSION } from '../../src/steps/jobrelay-version.js';
import { STEP_COMMANDS } from '../../src/steps/step-command.js';
import { inputDefault, inputKind, inputsFor } from '../../src/steps/step-inputs.js';
import {
  COMPONENT_ONLY_INPUTS,
  type ComponentInput,
  loadComponent,
} from './support/component-template.js';

describe.each(STEP_COMMANDS)('templates/%s.yml', (command) => {
  const { inputs, job } = loadComponent(command);
  const stepInputs = inputsFor('component', command);

  it('has the step inputs of its command plus the component-only ones', () => {
    expect(Object.keys(inputs)).toEqual([
      ...COMPONENT_ONLY_INPUTS,
      ...stepInputs.map((input) => input.name),
    ]);
  });

  it.each(stepInputs.map((input) => [input.name, input] as const))(
    'gives %s the defined default, type and description',
    (name, input) => {
      const spec = inputs[name] as ComponentInput;
      // follow-log is a flag in the job commands, a list of job names in the pipeline commands.
      const kind = inputKind(input, command);
      const fallback = inputDefault(input, command);
      expect(spec.default).toEqual(
        kind === 'list'
          ? []
          : kind === 'boolean'
            ? fallback === 'true'
            : kind === 'integer'
              ? Number(fallback)
              : fallback,
      );
      expect(spec.description).toBe(input.description);
      expect(spec.type).toBe(
        { boolean: 'boolean', integer: 'number', list: 'array', text: 'string' }[kind],
      );
      if (input.options) expect(spec.options).toEqual([...input.options]);
    },
  );

  it('passes every input to the CLI as its JOBRELAY_ variable, not through the shell', () => {
    expect(job.variables).toEqual(
      Object.fromEntries(
        stepInputs.map((input) => [
          environmentName(input.name),
          // A typed input ends with a line break, so GitLab writes it out as text in either mode.
          `$[[ inputs.${input.name} ]]${inputKind(input, command) === 'text' ? '' : '\n'}`,
        ]),
      ),
    );
    expect(job.script.join('\n')).not.toContain('$[[');
  });

  it('runs the CLI of this very version', () => {
    expect(job.script).toEqual([`npx --yes jobrelay@${JOBRELAY_VERSION} ${command}`]);
  });
});

describe.each(STEP_COMMANDS)('templates/%s.yml spec', (command) => {
  it('gives every input an explicit type', () => {
    const { inputs } = loadComponent(command);
    for (const [name, spec] of Object.entries(inputs)) {
      expect([name, spec.type]).toEqual([
        name,
        expect.stringMatching(/^(string|number|boolean|array)$/),
      ]);
    }
  });
});

describe('templates/fetch-trace-artifact.yml', () => {
  it('keeps the written log as an artifact', () => {
    expect(loadComponent('fetch-trace-artifact').job.artifacts?.paths).toEqual([
      '$[[ inputs.output ]]',
    ]);
  });
});

describe('templates/fetch-artifacts.yml', () => {
  it('keeps the fetched artifacts as an artifact, named artifacts.zip unless output says', () => {
    const { inputs, job } = loadComponent('fetch-artifacts');
    expect(job.artifacts?.paths).toEqual(['$[[ inputs.output ]]']);
    expect(inputs.output?.default).toBe('artifacts.zip');
  });
});

describe('templates/wait-for-pipeline.yml', () => {
  it('takes follow-log as a list of job names', () => {
    const { inputs } = loadComponent('wait-for-pipeline');
    expect(inputs['follow-log']).toMatchObject({ type: 'array', default: [] });
  });
});
