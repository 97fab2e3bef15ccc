// Test support: the emulator serving the CI step's world, in memory or over HTTP, and its jobs.
import { readFileSync } from 'node:fs';
import { createEmulator, type Emulator } from '../../../src/emulator/create-emulator.js';
import {
  type EmulatorServer,
  startEmulatorServer,
} from '../../../src/emulator/node/start-emulator-server.js';

/** The personal token of `ci-bot` in ci-step-world.yaml. */
export const CI_BOT_TOKEN = 'glpat-ci-step-e2e-token-000001';

/** The project of ci-step-world.yaml. */
export const PROJECT = 'acme/app';

/** The text of the world's scenario. */
export function worldScenario(): string {
  return readFileSync(new URL('../../fixtures/steps/ci-step-world.yaml', import.meta.url), 'utf8');
}

/** An in-memory emulator of the world on a virtual clock (advanced by the test). */
export function virtualWorld(): Emulator {
  return createEmulator({ scenario: worldScenario(), clock: { mode: 'virtual' } });
}

/** The world over HTTP on 127.0.0.1, its clock running `speed` times faster than the wall clock. */
export function serveWorld(speed: number): Promise<EmulatorServer> {
  return startEmulatorServer({
    port: 0,
    host: '127.0.0.1',
    scenario: worldScenario(),
    clock: { mode: 'real', speed },
  });
}

/** The id of the newest job named `name` in the world's project. */
export function jobId(emulator: Emulator, name: string): number {
  const ids = [...emulator.state.jobs.values()]
    .filter((job) => job.spec.name === name)
    .map((job) => job.id);
  const id = Math.max(...ids);
  if (!Number.isFinite(id)) throw new Error(`no job named ${name}`);
  return id;
}

/** The id of the world's pipeline. */
export function pipelineId(emulator: Emulator): number {
  const [pipeline] = emulator.state.pipelines.values();
  if (!pipeline) throw new Error('the world has no pipeline');
  return pipeline.id;
}
