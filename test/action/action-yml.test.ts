// action.yml mirrors the step's input and output definitions, and runs the bundled entries.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inputsFor } from '../../src/steps/step-inputs.js';
import { STEP_OUTPUTS } from '../../src/steps/step-outputs.js';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: Record<string, string>;
}

const action = parse(
  readFileSync(new URL('../../action.yml', import.meta.url), 'utf8'),
) as ActionYml;

describe('action.yml', () => {
  it('has exactly the action inputs the step defines, in the same order', () => {
    expect(Object.keys(action.inputs)).toEqual(inputsFor('action').map((input) => input.name));
  });

  it.each(inputsFor('action').map((input) => [input.name, input] as const))(
    'gives %s the defined default and description',
    (name, input) => {
      expect(action.inputs[name]?.default ?? '').toBe(input.default);
      expect(action.inputs[name]?.description).toBe(input.description);
    },
  );

  it('requires command and nothing else', () => {
    const required = Object.entries(action.inputs).filter(([, input]) => input.required);
    expect(required.map(([name]) => name)).toEqual(['command']);
  });

  it('has exactly the defined outputs', () => {
    expect(Object.keys(action.outputs)).toEqual(STEP_OUTPUTS.map((output) => output.name));
    for (const output of STEP_OUTPUTS) {
      expect(action.outputs[output.name]?.description).toBe(output.description);
    }
  });

  it('runs dist/index.js on node24 with a post step only when the run was cancelled', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/post.js',
      'post-if': 'cancelled()',
    });
  });
});
