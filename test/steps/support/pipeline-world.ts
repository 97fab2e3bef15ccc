// Test support: the emulated world of the pipeline commands (pipeline-world.yaml), in memory on a virtual clock.
import { readFileSync } from 'node:fs';
import { createEmulator, type Emulator } from '../../../src/emulator/create-emulator.js';

/** The trigger token of acme/app in pipeline-world.yaml. */
export const TRIGGER_TOKEN = 'glptt-pipeline-world-trigger-000001';

/** The text of the world's scenario. */
export function pipelineWorldScenario(): string {
  return readFileSync(new URL('../../fixtures/steps/pipeline-world.yaml', import.meta.url), 'utf8');
}

/** An in-memory emulator of the pipeline world on a virtual clock. */
export function pipelineWorld(): Emulator {
  return createEmulator({ scenario: pipelineWorldScenario(), clock: { mode: 'virtual' } });
}

/** The newest job named `name` in the world. */
export function newestJob(emulator: Emulator, name: string) {
  const jobs = [...emulator.state.jobs.values()].filter((job) => job.spec.name === name);
  const job = jobs.sort((a, b) => b.id - a.id)[0];
  if (!job) throw new Error(`no job named ${name}`);
  return job;
}
