// Reads the action's inputs once, by the names the step defines (INPUT_* variables set by the runner).
import * as core from '@actions/core';
import type { RawStepInputs } from '../steps/parse-step-inputs.js';
import { inputsFor } from '../steps/step-inputs.js';

// Multiline lists whose values may begin or end with spaces that matter.
const UNTRIMMED = ['variables', 'inputs'];

/** Every action input as the runner passed it (multiline `variables` and `inputs` untrimmed). */
export function readActionInputs(): RawStepInputs {
  const raw: RawStepInputs = {};
  for (const input of inputsFor('action')) {
    raw[input.name] = core.getInput(input.name, {
      trimWhitespace: !UNTRIMMED.includes(input.name),
    });
  }
  return raw;
}
