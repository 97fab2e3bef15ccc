// Test support: emulators built from fixture scenarios, tokens, and job lookups by name.
import { readFileSync } from 'node:fs';
import {
  createEmulator,
  type Emulator,
  type EmulatorOptions,
} from '../../../src/emulator/create-emulator.js';

/** The text of a scenario fixture in test/fixtures/emulator. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`../../fixtures/emulator/${name}`, import.meta.url), 'utf8');
}

/** An emulator serving a fixture scenario (virtual clock unless options say otherwise). */
export function emulatorFor(fixture: string, options: EmulatorOptions = {}): Emulator {
  return createEmulator({ scenario: fixtureText(fixture), ...options });
}

/** Personal tokens of jobs-world.yaml, by username. */
export const TOKENS = {
  owner: 'glpat-owner-token-0001',
  dev: 'glpat-dev-token-00001',
  rep: 'glpat-rep-token-00001',
  guest: 'glpat-guest-token-001',
  outsider: 'glpat-outsider-token1',
  devOauth: 'gloas-dev-oauth-token-1',
} as const;

/** The newest job (or bridge) with that name in the project. */
export function jobNamed(
  emulator: Emulator,
  projectPath: string,
  name: string,
): { id: number; status: string } {
  const project = emulator.state.findProject(projectPath);
  const jobs = [...emulator.state.jobs.values()].filter(
    (job) => job.projectId === project?.id && job.spec.name === name,
  );
  const job = jobs.sort((a, b) => b.id - a.id)[0];
  if (!job) throw new Error(`no job ${name} in ${projectPath}`);
  return job;
}

/** The live job token of a running job. */
export function jobTokenOf(emulator: Emulator, jobId: number): string {
  const token = emulator.jobTokens().find((entry) => entry.jobId === jobId)?.token;
  if (!token) throw new Error(`job ${jobId} has no live token`);
  return token;
}
