// The scenario the README shows is a valid one, and behaves as the README says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../src/emulator/create-emulator.js';
import { asObject, callApi } from '../support/call-api.js';

function readmeScenario(): string {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### Scenarios'));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  if (!yaml) throw new Error('no yaml block under "### Scenarios" in README.md');
  return yaml;
}

describe('the README scenario', () => {
  it('loads', () => {
    expect(() => createEmulator({ scenario: readmeScenario() })).not.toThrow();
  });

  it('lets the maintainer play deploy on protected main, with a variable that reaches its log', async () => {
    const emulator = createEmulator({ scenario: readmeScenario() });
    emulator.advance(40_000);
    const developer = 'glpat-dev-token-00001';
    const token = 'glpat-olga-token-0001';
    const jobs = (await callApi(emulator, '/projects/10/jobs?scope=manual', { token }))
      .body as Array<{
      id: number;
      name: string;
    }>;
    const deploy = jobs.find((job) => job.name === 'deploy');
    expect(deploy).toBeDefined();
    const refused = await callApi(emulator, `/projects/10/jobs/${deploy?.id}/play`, {
      token: developer,
      method: 'POST',
    });
    expect(refused.status).toBe(403);
    const played = await callApi(emulator, `/projects/10/jobs/${deploy?.id}/play`, {
      token,
      method: 'POST',
      body: { job_variables_attributes: [{ key: 'DEPLOY_TARGET', value: 'staging' }] },
    });
    expect(asObject(played)).toMatchObject({ status: 'pending', user: { username: 'olga' } });
    emulator.advance(60_000);
    const trace = await callApi(emulator, `/projects/10/jobs/${deploy?.id}/trace`, { token });
    expect(trace.text).toContain('Deploying to staging');
  });
});
