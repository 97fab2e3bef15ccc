// Waiting on a job: which statuses end the wait, and how the loop polls, backs off and gives up.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../../src/gitlab/client.js';
import { JOB_STATUSES, type JobStatus } from '../../../src/gitlab/schemas/job-status.js';
import { isWaitOver, waitForJob } from '../../../src/gitlab/wait/wait-for-job.js';
import { seedJob } from '../../helpers/fixtures.js';
import { fetchFailed, json, stubFetch } from '../../helpers/stub-fetch.js';
import { fakeClock } from './fake-clock.js';

const TOKEN = 'glpat-waitfortesttoken00001';

function clientFor(...steps: Parameters<typeof stubFetch>) {
  const stub = stubFetch(...steps);
  const client = createClient({
    url: 'https://gitlab.example.com',
    token: TOKEN,
    fetch: stub.fetch,
    retry: false,
  });
  return { client, calls: stub.calls };
}

const job = (status: JobStatus) => json(seedJob({ id: 7, status }));

describe('isWaitOver', () => {
  const over: Record<JobStatus, boolean> = {
    created: false,
    waiting_for_resource: false,
    preparing: false,
    waiting_for_callback: false,
    pending: false,
    running: false,
    success: true,
    failed: true,
    canceling: false,
    canceled: true,
    skipped: true,
    manual: true,
    scheduled: true,
  };

  it.each(JOB_STATUSES)('classifies %s', (status) => {
    expect(isWaitOver(status)).toBe(over[status]);
  });

  it('keeps waiting on manual and scheduled when asked to', () => {
    expect(isWaitOver('manual', true)).toBe(false);
    expect(isWaitOver('scheduled', true)).toBe(false);
    expect(isWaitOver('success', true)).toBe(true);
  });
});

describe('waitForJob', () => {
  it('polls until the job finishes, backing off between reads', async () => {
    const { client, calls } = clientFor(
      job('running'),
      job('running'),
      job('running'),
      job('success'),
    );
    const clock = fakeClock();
    const result = await waitForJob(client, { project: 1, jobId: 7, timeoutMs: 600_000, clock });
    expect(result.done).toBe(true);
    expect(result.job.status).toBe('success');
    expect(calls).toHaveLength(4);
    expect(clock.sleeps).toEqual([2_000, 4_000, 8_000]);
  });

  it('resets the backoff when the status changes', async () => {
    const { client } = clientFor(
      job('pending'),
      job('pending'),
      job('running'),
      job('running'),
      job('success'),
    );
    const clock = fakeClock();
    await waitForJob(client, { project: 1, jobId: 7, timeoutMs: 600_000, clock });
    expect(clock.sleeps).toEqual([2_000, 4_000, 2_000, 4_000]);
  });

  it('resets the backoff when onPoll reports activity', async () => {
    const { client } = clientFor(job('running'), job('running'), job('running'), job('success'));
    const clock = fakeClock();
    await waitForJob(client, {
      project: 1,
      jobId: 7,
      timeoutMs: 600_000,
      clock,
      onPoll: () => true,
    });
    expect(clock.sleeps).toEqual([2_000, 2_000, 2_000]);
  });

  it('ends on manual unless asked to keep waiting', async () => {
    const ended = await waitForJob(clientFor(job('manual')).client, {
      project: 1,
      jobId: 7,
      timeoutMs: 60_000,
      clock: fakeClock(),
    });
    expect(ended).toMatchObject({ done: true, job: { status: 'manual' } });
    const kept = await waitForJob(clientFor(job('manual'), job('running'), job('failed')).client, {
      project: 1,
      jobId: 7,
      timeoutMs: 60_000,
      clock: fakeClock(),
      keepWaitingWhenBlocked: true,
    });
    expect(kept).toMatchObject({ done: true, job: { status: 'failed' } });
  });

  it('does not stop on canceling', async () => {
    const { client } = clientFor(job('canceling'), job('canceling'), job('canceled'));
    const result = await waitForJob(client, {
      project: 1,
      jobId: 7,
      timeoutMs: 60_000,
      clock: fakeClock(),
    });
    expect(result.job.status).toBe('canceled');
    expect(result.polls).toBe(3);
  });

  it('stops at the deadline with done false, after a last read at the deadline', async () => {
    const { client, calls } = clientFor(job('running'));
    const clock = fakeClock();
    const result = await waitForJob(client, { project: 1, jobId: 7, timeoutMs: 20_000, clock });
    expect(result.done).toBe(false);
    expect(result.elapsedMs).toBe(20_000);
    // 2 + 4 + 8 = 14 s, then the remaining 6 s rather than 16 s.
    expect(clock.sleeps).toEqual([2_000, 4_000, 8_000, 6_000]);
    expect(calls).toHaveLength(5);
  });

  it('skips the first read when given the job, and reports it to onPoll', async () => {
    const { client, calls } = clientFor(job('success'));
    const seen: Array<[string, string | undefined]> = [];
    await waitForJob(client, {
      project: 1,
      jobId: 7,
      timeoutMs: 60_000,
      clock: fakeClock(),
      initialJob: seedJob({ id: 7, status: 'running' }) as never,
      onPoll: (current, previous) => {
        seen.push([current.status, previous?.status]);
        return undefined;
      },
    });
    expect(calls).toHaveLength(1);
    expect(seen).toEqual([
      ['running', undefined],
      ['success', 'running'],
    ]);
  });

  it('waits as long as a 429 asks before polling again', async () => {
    const throttled = json({ message: 'Retry later' }, 429, { 'retry-after': '45' });
    const { client } = clientFor(job('running'), throttled, job('success'));
    const clock = fakeClock();
    const errors: number[] = [];
    const result = await waitForJob(client, {
      project: 1,
      jobId: 7,
      timeoutMs: 600_000,
      clock,
      onPollError: (_error, delay) => errors.push(delay),
    });
    expect(result.job.status).toBe('success');
    expect(clock.sleeps).toEqual([2_000, 45_000]);
    expect(errors).toEqual([45_000]);
  });

  it('tolerates a few network failures in a row', async () => {
    const { client } = clientFor(job('running'), fetchFailed('ECONNRESET'), job('success'));
    const result = await waitForJob(client, {
      project: 1,
      jobId: 7,
      timeoutMs: 600_000,
      clock: fakeClock(),
    });
    expect(result.job.status).toBe('success');
  });

  it('throws after more consecutive failures than allowed', async () => {
    const { client, calls } = clientFor(job('running'), fetchFailed('ECONNRESET'));
    await expect(
      waitForJob(client, {
        project: 1,
        jobId: 7,
        timeoutMs: 600_000,
        clock: fakeClock(),
        maxConsecutiveErrors: 2,
      }),
    ).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    expect(calls).toHaveLength(4);
  });

  it('throws a non-transient error at once', async () => {
    const { client, calls } = clientFor(json({ message: '404 Job Not Found' }, 404));
    await expect(
      waitForJob(client, { project: 1, jobId: 7, timeoutMs: 60_000, clock: fakeClock() }),
    ).rejects.toMatchObject({ code: 'GITLAB_HTTP_ERROR', status: 404 });
    expect(calls).toHaveLength(1);
  });

  it('refuses to wait without a timeout or deadline', async () => {
    const { client } = clientFor(job('running'));
    await expect(waitForJob(client, { project: 1, jobId: 7 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'timeoutMs',
    });
  });

  it('stops when the signal aborts', async () => {
    const { client } = clientFor(job('running'));
    const controller = new AbortController();
    const clock = fakeClock();
    const reason = new Error('stop');
    const pending = waitForJob(client, {
      project: 1,
      jobId: 7,
      timeoutMs: 600_000,
      clock,
      signal: controller.signal,
      onPoll: () => {
        controller.abort(reason);
        return undefined;
      },
    });
    await expect(pending).rejects.toBe(reason);
  });
});
