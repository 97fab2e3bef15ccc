// The step's outputs for --json: numbers, booleans and nulls as JSON types, not the action's strings.
import type { StepOutputName } from '../steps/step-outputs.js';

const NUMBERS: readonly StepOutputName[] = [
  'job-id',
  'pipeline-id',
  'duration',
  'bytes',
  'extracted-files',
];
const BOOLEANS: readonly StepOutputName[] = ['timed-out'];

/** `{"job-id": 42, "duration": 12.5, "timed-out": false, "failure-reason": null, …}`; empty outputs are null. */
export function outputsAsJson(
  outputs: Partial<Record<StepOutputName, string>>,
): Record<string, string | number | boolean | null> {
  const json: Record<string, string | number | boolean | null> = {};
  for (const [name, value] of Object.entries(outputs) as Array<[StepOutputName, string]>) {
    if (value === '') json[name] = null;
    else if (NUMBERS.includes(name) && Number.isFinite(Number(value))) json[name] = Number(value);
    else if (BOOLEANS.includes(name)) json[name] = value === 'true';
    else json[name] = value;
  }
  return json;
}
