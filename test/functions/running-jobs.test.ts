// RunningJobs: one read of a project's running jobs answers for all its callers, and says when it cannot tell.
import { describe, expect, it } from 'vitest';
import { RunningJobs } from '../../functions/identity/running-jobs.js';
import { createClient } from '../../src/gitlab/client.js';

interface Asked {
  path: string;
  query: URLSearchParams;
}

/** A GitLab answering every list with `items` (and `next` as the x-next-page header), recording each ask. */
function gitlab(answer: { items?: unknown[]; status?: number; nextPage?: string } = {}) {
  const asked: Asked[] = [];
  const client = createClient({
    url: 'http://gitlab.test',
    token: 'glpat-service-token-00001',
    retry: false,
    fetch: async (input) => {
      const url = new URL(String(input));
      asked.push({ path: url.pathname, query: url.searchParams });
      if (answer.status && answer.status >= 400) {
        return Response.json({ message: '403 Forbidden' }, { status: answer.status });
      }
      const headers: Record<string, string> = {};
      if (answer.nextPage) headers['x-next-page'] = answer.nextPage;
      return Response.json(answer.items ?? [], { headers });
    },
  });
  return { client, asked };
}

const running = (id: number) => ({ id, status: 'running' });

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('RunningJobs', () => {
  it("reads the caller project's running jobs, 100 a page, with the service client", async () => {
    const { client, asked } = gitlab({ items: [running(5)] });
    expect(await new RunningJobs().isRunning(client, 7, 5)).toBe(true);
    expect(asked).toHaveLength(1);
    expect(asked[0]?.path).toBe('/api/v4/projects/7/jobs');
    expect(asked[0]?.query.getAll('scope[]')).toEqual(['running']);
    expect(asked[0]?.query.get('per_page')).toBe('100');
  });

  it('says a job not among a complete list of running jobs has stopped', async () => {
    const { client } = gitlab({ items: [running(5)] });
    expect(await new RunningJobs().isRunning(client, 7, 6)).toBe(false);
  });

  it('counts only jobs the list shows running, with a numeric id', async () => {
    const { client } = gitlab({
      items: [{ id: 6, status: 'success' }, { id: '7', status: 'running' }, null, running(8)],
    });
    const jobs = new RunningJobs();
    expect(await jobs.isRunning(client, 7, 6)).toBe(false);
    expect(await jobs.isRunning(client, 7, 7)).toBe(false);
    expect(await jobs.isRunning(client, 7, 8)).toBe(true);
  });

  it('cannot tell from a full page, or one with a next page', async () => {
    const full = gitlab({ items: Array.from({ length: 100 }, (_, index) => running(index + 1)) });
    expect(await new RunningJobs().isRunning(full.client, 7, 500)).toBeUndefined();
    expect(await new RunningJobs().isRunning(full.client, 7, 1)).toBe(true);
    const paged = gitlab({ items: [running(1)], nextPage: '2' });
    expect(await new RunningJobs().isRunning(paged.client, 7, 500)).toBeUndefined();
  });

  it('cannot tell when the service token may not read the project', async () => {
    const { client } = gitlab({ status: 403 });
    expect(await new RunningJobs().isRunning(client, 7, 5)).toBeUndefined();
  });

  it('reuses one read for every caller of a project for the snapshot time, then reads again', async () => {
    const time = clock();
    const { client, asked } = gitlab({ items: [running(5), running(6)] });
    const jobs = new RunningJobs({ now: time.now, snapshotMs: 5_000 });
    await jobs.isRunning(client, 7, 5);
    time.advance(4_999);
    await jobs.isRunning(client, 7, 6);
    expect(asked).toHaveLength(1);
    await jobs.isRunning(client, 8, 6);
    expect(asked).toHaveLength(2);
    time.advance(1);
    await jobs.isRunning(client, 7, 5);
    expect(asked).toHaveLength(3);
  });

  it('asks nothing for a caller without a project id, or with snapshots off', async () => {
    const { client, asked } = gitlab({ items: [running(5)] });
    expect(await new RunningJobs().isRunning(client, 0, 5)).toBeUndefined();
    expect(await new RunningJobs({ snapshotMs: 0 }).isRunning(client, 7, 5)).toBeUndefined();
    expect(asked).toHaveLength(0);
  });
});
