// The examples parse, and every input they use exists in action.yml or the component they include.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { STEP_COMMANDS, type StepCommand } from '../../src/steps/step-command.js';
import { loadComponent } from '../cli/support/component-template.js';

const read = (name: string) =>
  parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));

interface WorkflowStep {
  uses?: string;
  with?: Record<string, unknown>;
}

describe('examples/github-workflow.yml', () => {
  const workflow = read('github-workflow.yml') as {
    jobs: Record<string, { steps: WorkflowStep[] }>;
  };
  const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
    inputs: Record<string, unknown>;
  };
  const ours = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .filter((step) => step.uses?.startsWith('jobrelay/jobrelay'));

  it('uses each command', () => {
    expect(new Set(ours.map((step) => step.with?.command))).toEqual(new Set(STEP_COMMANDS));
  });

  it('uses only inputs action.yml has', () => {
    const names = ours.flatMap((step) => Object.keys(step.with ?? {}));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(action.inputs).toHaveProperty([name]);
  });
});

describe('examples/.gitlab-ci.yml', () => {
  const pipeline = read('.gitlab-ci.yml') as {
    include: Array<{ component: string; inputs?: Record<string, unknown> }>;
  };

  it('includes each component', () => {
    const commands = pipeline.include.map((entry) => /\/([a-z-]+)@/.exec(entry.component)?.[1]);
    expect(new Set(commands)).toEqual(new Set(STEP_COMMANDS));
  });

  it('uses only inputs the included component declares', () => {
    expect(pipeline.include.length).toBeGreaterThan(0);
    for (const entry of pipeline.include) {
      const command = /\/([a-z-]+)@/.exec(entry.component)?.[1] as StepCommand;
      const { inputs } = loadComponent(command);
      const names = Object.keys(entry.inputs ?? {});
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(inputs).toHaveProperty([name]);
    }
  });
});
