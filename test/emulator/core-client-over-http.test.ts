// The core's client against the emulator over real HTTP: every endpoint and the status codes GitLab gives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type EmulatorServer,
  startEmulatorServer,
} from '../../src/emulator/node/start-emulator-server.js';
import {
  cancelJob,
  createClient,
  eraseJob,
  type GitLabClient,
  getAllowedAgents,
  getJob,
  getJobTokenJob,
  getJobTrace,
  listPipelineBridges,
  listPipelineJobs,
  listProjectJobs,
  playJob,
  readJobTraceText,
  retryJob,
} from '../../src/index.js';

const SCENARIO = {
  startAt: '2026-02-02T08:00:00.000Z',
  server: { jobIdStart: 500, pipelineIdStart: 50 },
  users: [
    { username: 'owner', token: 'glpat-coreoverhttp-owner1' },
    { username: 'outsider', token: 'glpat-coreoverhttp-outsid' },
  ],
  projects: [
    { id: 7, path: 'team/svc', members: { owner: 'maintainer' } },
    {
      id: 8,
      path: 'team/downstream',
      members: { owner: 'maintainer' },
      jobTokenAllowlist: ['team/svc'],
    },
  ],
  pipelines: [
    {
      project: 'team/svc',
      at: '-1h',
      user: 'owner',
      jobs: [
        {
          name: 'compile',
          duration: '30s',
          trace: [{ section: 'build', header: 'Build', lines: ['ok'] }],
        },
        { name: 'broken', duration: '10s', result: 'failed', failureReason: 'script_failure' },
        { name: 'ship', when: 'manual', needs: ['compile'], duration: '10s' },
        { name: 'ship-again', when: 'manual', needs: ['compile'], duration: '10s' },
        {
          name: 'handoff',
          trigger: {
            project: 'team/downstream',
            jobs: [{ name: 'downstream-job', duration: '5s' }],
          },
        },
      ],
    },
    {
      project: 'team/svc',
      at: '-1m',
      user: 'owner',
      jobs: [{ name: 'long', duration: '2h', trace: ['line 1', 'line 2'] }],
    },
  ],
};

let server: EmulatorServer;
let owner: GitLabClient;
let pipelineId: number;

function jobId(name: string): number {
  const job = [...server.emulator.state.jobs.values()].find((j) => j.spec.name === name);
  if (!job) throw new Error(`no job ${name}`);
  return job.id;
}

beforeAll(async () => {
  server = await startEmulatorServer({ scenario: SCENARIO as never });
  owner = createClient({
    url: server.url,
    token: 'glpat-coreoverhttp-owner1',
    retry: { limit: 0 },
  });
  pipelineId = server.emulator.state.jobs.get(jobId('compile'))?.pipelineId ?? 0;
});

afterAll(() => server.close());

describe('reads', () => {
  it('lists project jobs newest first with keyset pagination, one page of 2 at a time', async () => {
    const pages = [];
    for await (const page of listProjectJobs(owner, { project: 'team/svc', perPage: 2 }).pages())
      pages.push(page);
    const ids = pages.flatMap((page) => page.items.map((job) => job.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]?.total).toBeUndefined();
  });

  it('lists the same jobs with offset pagination', async () => {
    const keyset = await listProjectJobs(owner, { project: 7 }).toArray();
    const offset = await listProjectJobs(owner, {
      project: 7,
      pagination: 'offset',
      perPage: 3,
    }).toArray();
    expect(offset.map((j) => j.id)).toEqual(keyset.map((j) => j.id));
  });

  it("lists a pipeline's jobs with totals, filtered by scope", async () => {
    const pages = [];
    for await (const page of listPipelineJobs(owner, {
      project: 'team/svc',
      pipelineId,
      scope: 'manual',
    }).pages())
      pages.push(page);
    expect(pages[0]?.items.map((j) => j.name).sort()).toEqual(['ship', 'ship-again']);
    expect(pages[0]?.total).toBe(2);
  });

  it('lists bridges with their downstream pipeline', async () => {
    const bridges = await listPipelineBridges(owner, { project: 'team/svc', pipelineId }).toArray();
    expect(bridges).toHaveLength(1);
    expect(bridges[0]?.downstream_pipeline).toMatchObject({ id: expect.any(Number) });
  });

  it('gets a job and streams its log with section markers', async () => {
    const job = await getJob(owner, { project: 'team/svc', jobId: jobId('compile') });
    expect(job).toMatchObject({ name: 'compile', status: 'success' });
    const text = await new Response(
      await getJobTrace(owner, { project: 'team/svc', jobId: job.id }),
    ).text();
    const ESC = '\u001b';
    const start = text.split('\n').find((line) => line.includes('section_start:'));
    expect(start?.startsWith(`${ESC}[0Ksection_start:`)).toBe(true);
    expect(start).toContain(`:build\r${ESC}[0K`);
    expect(start).toContain('Build');
  });

  it('skips the bytes before an offset, since GitLab (and the emulator) ignore Range', async () => {
    const params = { project: 'team/svc', jobId: jobId('compile') };
    const whole = await readJobTraceText(owner, params);
    const rest = await readJobTraceText(owner, { ...params, offset: 10 });
    expect(rest.text).toBe(whole.text.slice(10));
  });

  it("identifies a job token's job and its allowed agents", async () => {
    const token = server.emulator.jobTokens().find((t) => t.jobName === 'long')?.token ?? '';
    const jobClient = createClient({ url: server.url, token, tokenType: 'job' });
    expect(await getJobTokenJob(jobClient)).toMatchObject({ name: 'long', status: 'running' });
    expect(await getAllowedAgents(jobClient)).toMatchObject({ job: { id: jobId('long') } });
  });

  it('gets 404 for a project the user cannot see, as GitLab hides it', async () => {
    const outsider = createClient({
      url: server.url,
      token: 'glpat-coreoverhttp-outsid',
      retry: false,
    });
    await expect(
      getJob(outsider, { project: 'team/svc', jobId: jobId('compile') }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('gets 401 for a dead job token', async () => {
    const dead = createClient({
      url: server.url,
      token: 'glcbt-not-a-live-token',
      tokenType: 'job',
      retry: false,
    });
    await expect(getJobTokenJob(dead)).rejects.toMatchObject({
      status: 401,
      gitlabMessage: '401 Unauthorized',
    });
  });
});

describe('actions', () => {
  it('plays a manual job (200, pending) and refuses to play it again (400 Unplayable Job)', async () => {
    const id = jobId('ship');
    expect(
      await playJob(owner, { project: 'team/svc', jobId: id, variables: { TARGET: 'prod' } }),
    ).toMatchObject({ status: 'pending' });
    await expect(playJob(owner, { project: 'team/svc', jobId: id })).rejects.toMatchObject({
      status: 400,
      gitlabMessage: '400 Bad request - Unplayable Job',
    });
  });

  it('cancels a running job (201) and answers 201 unchanged on a finished one', async () => {
    const long = await cancelJob(owner, { project: 'team/svc', jobId: jobId('long') });
    expect(['canceling', 'canceled']).toContain(long.status);
    const done = await cancelJob(owner, { project: 'team/svc', jobId: jobId('compile') });
    expect(done.status).toBe('success');
  });

  it('retries a failed job into a new job, hidden from the list unless include_retried', async () => {
    const old = jobId('broken');
    const fresh = await retryJob(owner, { project: 'team/svc', jobId: old });
    expect(fresh.id).not.toBe(old);
    expect(fresh.status).toBe('pending');
    const visible = await listPipelineJobs(owner, { project: 'team/svc', pipelineId }).toArray();
    expect(visible.map((j) => j.id)).not.toContain(old);
    const all = await listPipelineJobs(owner, {
      project: 'team/svc',
      pipelineId,
      includeRetried: true,
    }).toArray();
    expect(all.map((j) => j.id)).toContain(old);
  });

  it('refuses to retry a job that is not finished: 403 Job is not retryable', async () => {
    await expect(
      retryJob(owner, { project: 'team/svc', jobId: jobId('ship-again') }),
    ).rejects.toMatchObject({
      status: 403,
      gitlabMessage: '403 Forbidden - Job is not retryable',
    });
  });

  it('erases a finished job (201, erased_at set, log gone) and refuses a manual one (403)', async () => {
    const erased = await eraseJob(owner, { project: 'team/svc', jobId: jobId('compile') });
    expect(erased.erased_at).toEqual(expect.any(String));
    expect((await readJobTraceText(owner, { project: 'team/svc', jobId: erased.id })).text).toBe(
      '',
    );
    await expect(
      eraseJob(owner, { project: 'team/svc', jobId: jobId('ship-again') }),
    ).rejects.toMatchObject({
      status: 403,
    });
  });
});

describe('faults over HTTP', () => {
  it('plays exactly once when the connection drops after GitLab acted: the job is read back', async () => {
    const fresh = await startEmulatorServer({ scenario: SCENARIO as never });
    try {
      await fetch(`${fresh.url}/-/emulator/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          route: 'POST /projects/:id/jobs/:job_id/play',
          kind: 'reset-after-send',
          times: 1,
        }),
      });
      const client = createClient({
        url: fresh.url,
        token: 'glpat-coreoverhttp-owner1',
        retry: { readBackDelayMs: 0 },
      });
      const id =
        [...fresh.emulator.state.jobs.values()].find((j) => j.spec.name === 'ship')?.id ?? 0;
      const job = await playJob(client, { project: 'team/svc', jobId: id });
      expect(job.status).toBe('pending');
      const posts = fresh.emulator.runtime.requestLog.list({ method: 'POST' });
      expect(posts).toHaveLength(1);
      expect(posts[0]?.applied).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it('gets 429 with Retry-After when the rate limit is passed', async () => {
    const fresh = await startEmulatorServer({
      scenario: {
        ...SCENARIO,
        server: { ...SCENARIO.server, rateLimits: [{ limit: 1, window: '60s' }] },
      } as never,
    });
    try {
      const client = createClient({
        url: fresh.url,
        token: 'glpat-coreoverhttp-owner1',
        retry: false,
      });
      await getJob(client, { project: 7, jobId: 500 });
      await expect(getJob(client, { project: 7, jobId: 500 })).rejects.toMatchObject({
        status: 429,
        retryAfterMs: expect.any(Number),
      });
    } finally {
      await fresh.close();
    }
  });
});
