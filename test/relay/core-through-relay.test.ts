// The core's own client pages through the relay's lists, whether its links are absolute or path-absolute.
import { describe, expect, it } from 'vitest';
import { createRelayApp } from '../../functions/relay-app.js';
import { createEmulator } from '../../src/emulator/create-emulator.js';
import { createClient } from '../../src/gitlab/client.js';
import { listProjectJobs } from '../../src/gitlab/jobs/list-project-jobs.js';
import { GITLAB, RELAY_POLICY, RELAY_SCENARIO } from '../functions/relay-harness.js';

function coreThroughRelay(publicUrl?: string) {
  const emulator = createEmulator({ scenario: RELAY_SCENARIO as never });
  const app = createRelayApp({ upstreamFetch: emulator.fetch, log: () => undefined });
  const env = {
    GITLAB_URL: GITLAB,
    GITLAB_TOKEN: 'glpat-relayservicetoken01',
    POLICY: JSON.stringify(RELAY_POLICY),
    ...(publicUrl ? { RELAY_PUBLIC_URL: publicUrl } : {}),
  };
  const token = emulator.jobTokens().find((t) => t.jobName === 'orchestrate')?.token ?? '';
  const links: string[] = [];
  const client = createClient({
    url: 'https://relay.test',
    token,
    tokenType: 'job',
    fetch: async (input, init) => {
      const response = await app.request(String(input), init, env);
      links.push(response.headers.get('link') ?? '');
      return response;
    },
  });
  return { emulator, client, links };
}

describe('the core through the relay', () => {
  it.each([
    ['with no public URL (path-absolute links)', undefined, /^<\/api\/v4\//],
    ['with a public URL', 'https://relay.test', /^<https:\/\/relay\.test\/api\/v4\//],
  ])('pages a keyset list to its end %s', async (_how, publicUrl, linkShape) => {
    const { emulator, client, links } = coreThroughRelay(publicUrl);
    const jobs = await listProjectJobs(client, { project: 'demo/deploy', perPage: 2 }).toArray();
    expect(jobs.map((j) => j.name).sort()).toEqual([
      'build',
      'deploy-prod',
      'deploy-staging',
      'flaky',
      'teardown',
    ]);
    expect(links.filter(Boolean).length).toBeGreaterThanOrEqual(2);
    for (const link of links.filter(Boolean)) expect(link).toMatch(linkShape);
    emulator.dispose();
  });
});
