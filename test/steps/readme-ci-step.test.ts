// The README's CI step section documents every input and output once, with the defined defaults.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STEP_INPUTS } from '../../src/steps/step-inputs.js';
import { STEP_OUTPUTS } from '../../src/steps/step-outputs.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(
  readme.indexOf('## The CI step'),
  readme.indexOf('\n## ', readme.indexOf('## The CI step') + 1),
);
const rows = section
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |\s\|$/g, '').trim()));

describe('README: the CI step', () => {
  it.each(STEP_INPUTS.map((input) => [input.name, input] as const))(
    'has one row for the input %s, with its default and meaning',
    (name, input) => {
      const matching = rows.filter((row) => row[0] === `\`${name}\`` && row.length === 6);
      expect(matching).toHaveLength(1);
      const [row] = matching;
      expect(row?.[3]).toBe(input.default ? `\`${input.default}\`` : '');
      expect(row?.[5]).toBe(input.description);
    },
  );

  it.each(STEP_OUTPUTS.map((output) => [output.name, output] as const))(
    'has one row for the output %s',
    (name, output) => {
      const matching = rows.filter((row) => row[0] === `\`${name}\`` && row.length === 3);
      expect(matching).toHaveLength(1);
      expect(matching[0]?.[2]).toBe(output.description);
    },
  );

  it('documents the exit codes', () => {
    for (const text of [
      '**0** success',
      '**1** the job ended',
      '**2** bad usage',
      '**3** timed out',
      '**4** GitLab answered',
    ]) {
      expect(section).toContain(text);
    }
  });
});
