// Test support: reads a GitLab CI/CD component template (its spec inputs and its job).
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import type { StepCommand } from '../../../src/steps/step-command.js';

/** Inputs a component has beyond the step's: about the job it adds, not the job it acts on. */
export const COMPONENT_ONLY_INPUTS = ['job-name', 'stage', 'image'];

/** One input of a component's spec. */
export interface ComponentInput {
  default?: string | number | boolean | string[];
  description?: string;
  type?: string;
  options?: string[];
}

/** The spec inputs and the job of `templates/<command>.yml`. */
export function loadComponent(command: StepCommand) {
  const text = readFileSync(new URL(`../../../templates/${command}.yml`, import.meta.url), 'utf8');
  const [header, body] = parseAllDocuments(text).map((document) => document.toJS());
  const inputs = header.spec.inputs as Record<string, ComponentInput>;
  const job = body['$[[ inputs.job-name ]]'] as {
    variables: Record<string, string>;
    script: string[];
    artifacts?: { paths: string[] };
  };
  return { inputs, job };
}
