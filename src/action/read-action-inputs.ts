// Reads the action's inputs once, by the names the step defines (INPUT_* variables set by the runner).
import * as core from '@actions/core';
import type { RawStepInputs } from '../steps/parse-step-inputs.js';
import { inputsFor } from '../steps/step-inputs.js';

/** Every action input as the runner passed it (multiline `variables` untrimmed). */
export function readActionInputs(): RawStepInputs {
  const raw: RawStepInputs = {};
  for (const input of inputsFor('action')) {
    raw[input.name] = core.getInput(input.name, { trimWhitespace: input.name !== 'variables' });
  }
  return raw;
}
