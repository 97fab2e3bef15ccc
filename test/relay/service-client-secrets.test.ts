// The relay's one service client serves every caller: a play redacts its own values, and the client keeps none of them.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/gitlab/client.js';
import { playJob } from '../../src/gitlab/jobs/play-job.js';
import { loadSeedExample } from '../fixtures/seeds/index.js';
import { json, stubFetch } from '../helpers/stub-fetch.js';

const SERVICE_TOKEN = 'glpat-sharedservicetoken01';

function sharedClient(...answers: Response[]) {
  const stub = stubFetch(...answers);
  return createClient({
    url: 'https://gitlab.example.com',
    token: SERVICE_TOKEN,
    fetch: stub.fetch,
  });
}

describe("a play's variable values on a shared client", () => {
  it('are not kept by the client: after plays with "Found", other messages stay intact', async () => {
    const client = sharedClient(json(loadSeedExample('markdown', 'play-job')));
    for (let i = 0; i < 100; i++) {
      await playJob(client, {
        project: 1,
        jobId: 1,
        variables: { TARGET: `Found`, RUN: `run-${i}` },
      });
    }
    expect(client.redact('404 Not Found')).toBe('404 Not Found');
    expect(client.redact('run-42')).toBe('run-42');
    expect(client.redact(`token ${SERVICE_TOKEN}`)).toBe('token [REDACTED]');
  });

  it("are still redacted from that play's own error", async () => {
    const client = sharedClient(json({ message: 'value hunter2-secret is refused' }, 400));
    const error = await playJob(client, {
      project: 1,
      jobId: 1,
      variables: { PASSWORD: 'hunter2-secret' },
    }).catch((caught: unknown) => caught);
    expect(String((error as Error).message)).not.toContain('hunter2-secret');
    expect(JSON.stringify(error)).not.toContain('hunter2-secret');
    expect(String((error as Error).message)).toContain('[REDACTED]');
    expect(client.redact('hunter2-secret')).toBe('hunter2-secret');
  });
});
