// No page, fragment, event or asset of the dashboard ever carries a token of the scenario.
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../../src/emulator/create-emulator.js';
import { fixtureText } from '../support/world.js';
import { getPage, postForm, readEvents } from './ui-support.js';

const UI = '/-/emulator/ui';

/** Every token the emulator knows: personal, OAuth, and each job token it ever handed out. */
function tokensOf(emulator: Emulator, seen: Set<string>): Set<string> {
  for (const user of emulator.state.users.values()) {
    seen.add(user.personalToken);
    if (user.oauthToken) seen.add(user.oauthToken);
  }
  for (const { token } of emulator.jobTokens()) seen.add(token);
  return seen;
}

/** Every view the dashboard serves, for the state as it stands. */
function viewsOf(emulator: Emulator): string[] {
  const { state } = emulator;
  return [
    UI,
    `${UI}/requests`,
    `${UI}/requests?who=job`,
    `${UI}/controls`,
    `${UI}/assets/dashboard.js`,
    `${UI}/assets/dashboard.css`,
    ...[...state.pipelines.keys()].map((id) => `${UI}/pipelines/${id}`),
    ...[...state.jobs.keys()].map((id) => `${UI}/jobs/${id}`),
  ];
}

async function sweep(emulator: Emulator, tokens: Set<string>): Promise<number> {
  let served = 0;
  for (const path of viewsOf(emulator)) {
    const { status, text } = await getPage(emulator, path);
    expect(status, path).toBe(200);
    for (const token of tokensOf(emulator, tokens)) expect(text, path).not.toContain(token);
    served += 1;
  }
  const events = await readEvents(emulator, `${UI}/events?watch=1`, 1);
  for (const token of tokens) expect(JSON.stringify(events)).not.toContain(token);
  return served;
}

describe('the dashboard never shows a token', () => {
  it.each([
    ['the demo scenario', undefined],
    ['a scenario with OAuth tokens and hostile names', fixtureText('ui-hostile.yaml')],
  ])(
    'in any view of %s, before, during and after its jobs run and are acted on',
    async (_name, scenario) => {
      const emulator = createEmulator({
        ...(scenario ? { scenario } : {}),
        clock: { mode: 'virtual' },
      });
      const tokens = new Set<string>();
      // Traffic from every kind of caller, so the request log has rows for each.
      for (const token of tokensOf(emulator, tokens)) {
        const header: Record<string, string> = token.startsWith('glcbt-')
          ? { 'JOB-TOKEN': token }
          : token.startsWith('gloas-')
            ? { authorization: `Bearer ${token}` }
            : { 'PRIVATE-TOKEN': token };
        await emulator.fetch('http://gitlab.test/api/v4/job', { headers: header });
        await emulator.fetch(`http://gitlab.test/api/v4/projects/1/jobs?private_token=${token}`);
      }
      expect(await sweep(emulator, tokens)).toBeGreaterThan(6);
      for (const job of emulator.state.jobs.values()) {
        if (job.status === 'manual') await postForm(emulator, `${UI}/jobs/${job.id}/play`, {});
      }
      emulator.advance(30_000);
      await sweep(emulator, tokens);
      emulator.advance(3_600_000);
      await sweep(emulator, tokens);
      expect(tokens.size).toBeGreaterThan(3);
      emulator.dispose();
    },
  );
});
