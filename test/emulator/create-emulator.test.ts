// createEmulator: the app answers in process, the demo is the default world, scenarios reload it.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/emulator/create-emulator.js';
import { callApi } from './support/call-api.js';
import { emulatorFor, fixtureText, TOKENS } from './support/world.js';

describe('createEmulator', () => {
  it('serves the Jobs API through app.request', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    const response = await emulator.app.request('/api/v4/projects/10/jobs/100', {
      headers: { 'PRIVATE-TOKEN': TOKENS.owner },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { name: string }).name).toBe('compile');
  });

  it('serves the demo scenario when given none', () => {
    const emulator = createEmulator();
    expect([...emulator.state.projects.values()].map((project) => project.fullPath)).toEqual([
      'demo/app',
      'demo/deploy',
    ]);
  });

  it('makes fresh random personal tokens for users the scenario gives none', () => {
    const first = createEmulator().personalTokens();
    const second = createEmulator().personalTokens();
    expect(first.maintainer).toMatch(/^glpat-[\w-]{20}$/);
    expect(first.maintainer).not.toBe(second.maintainer);
  });

  it('starts virtual time at the scenario’s startAt', () => {
    expect(new Date(emulatorFor('jobs-world.yaml').clock.now()).toISOString()).toBe(
      '2024-06-03T09:00:00.000Z',
    );
  });

  it('replaces the world on loadScenario, dropping faults and the request log', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.runtime.faults.add({ status: 500, times: 5 });
    await callApi(emulator, '/projects/10/jobs', { token: TOKENS.owner });
    emulator.loadScenario(fixtureText('lifecycle.yaml'));
    expect(emulator.runtime.faults.list()).toEqual([]);
    expect(emulator.runtime.requestLog.list()).toEqual([]);
    expect(
      (await callApi(emulator, '/projects/team%2Fsvc/jobs', { token: TOKENS.owner })).status,
    ).toBe(200);
  });
});
