// Jobs move through GitLab's statuses as the virtual clock advances, and GET always shows the clock.
import { describe, expect, it, vi } from 'vitest';
import { asList, asObject, callApi } from '../support/call-api.js';
import { emulatorFor, jobNamed, TOKENS } from '../support/world.js';

const owner = { token: TOKENS.owner };

async function getJob(emulator: ReturnType<typeof emulatorFor>, project: string, name: string) {
  const { id } = jobNamed(emulator, project, name);
  return asObject(
    await callApi(emulator, `/projects/${encodeURIComponent(project)}/jobs/${id}`, owner),
  );
}

describe('a job on the clock', () => {
  it('is pending, with a growing queued_duration, until its queue time has passed', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(500);
    const job = await getJob(emulator, 'group/app', 'build');
    expect(job).toMatchObject({
      status: 'pending',
      started_at: null,
      duration: null,
      queued_duration: 0.5,
    });
    expect(job.runner).toBeNull();
  });

  it('runs from the end of its queue, with a duration that counts while it runs', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(4_000);
    const job = await getJob(emulator, 'group/app', 'build');
    expect(job).toMatchObject({
      status: 'running',
      started_at: '2024-06-03T09:00:01.000Z',
      finished_at: null,
      duration: 3,
      queued_duration: 1,
    });
    expect(job.runner).toMatchObject({ id: 1, is_shared: true });
  });

  it('finishes at start plus duration with consistent timestamps', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(60_000);
    const job = await getJob(emulator, 'group/app', 'build');
    expect(job).toMatchObject({
      status: 'success',
      created_at: '2024-06-03T09:00:00.000Z',
      started_at: '2024-06-03T09:00:01.000Z',
      finished_at: '2024-06-03T09:00:11.000Z',
      duration: 10,
      queued_duration: 1,
    });
    expect(job).not.toHaveProperty('failure_reason');
  });

  it('waits in created until the job it needs has succeeded', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(10_999);
    expect((await getJob(emulator, 'group/app', 'test')).status).toBe('created');
    emulator.advance(1);
    expect((await getJob(emulator, 'group/app', 'test')).status).toBe('pending');
  });

  it('sits in created while its needs run when manual, then becomes manual', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(21_999);
    expect((await getJob(emulator, 'group/app', 'deploy')).status).toBe('created');
    emulator.advance(1);
    expect((await getJob(emulator, 'group/app', 'deploy')).status).toBe('manual');
  });

  it('is scheduled when delayed, and pending once its start time comes', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(59_999);
    expect((await getJob(emulator, 'group/app', 'nightly')).status).toBe('scheduled');
    emulator.advance(1);
    expect((await getJob(emulator, 'group/app', 'nightly')).status).toBe('pending');
  });

  it('is skipped when it runs on failure and nothing before it failed', async () => {
    const emulator = emulatorFor('jobs-world.yaml');
    emulator.advance(120_000);
    expect((await getJob(emulator, 'group/app', 'rollback')).status).toBe('skipped');
  });

  it('fails with its failure_reason at the end of its run', async () => {
    const emulator = emulatorFor('lifecycle.yaml');
    emulator.advance(6_000);
    expect(await getJob(emulator, 'team/svc', 'breaks')).toMatchObject({
      status: 'failed',
      failure_reason: 'runner_system_failure',
      finished_at: '2024-06-03T09:00:06.000Z',
    });
  });

  it('is skipped when a job it needs fails', async () => {
    const emulator = emulatorFor('lifecycle.yaml');
    emulator.advance(5_999);
    expect((await getJob(emulator, 'team/svc', 'after-break')).status).toBe('created');
    emulator.advance(1);
    expect((await getJob(emulator, 'team/svc', 'after-break')).status).toBe('skipped');
  });

  it('waits for a resource and prepares before it is pending when the scenario says so', async () => {
    const emulator = emulatorFor('lifecycle.yaml');
    const seen: unknown[] = [];
    for (const step of [0, 2_000, 3_000, 1_000, 10_000]) {
      emulator.advance(step);
      seen.push((await getJob(emulator, 'team/svc', 'locked')).status);
    }
    expect(seen).toEqual(['waiting_for_resource', 'preparing', 'pending', 'running', 'success']);
  });
});

describe('a bridge on the clock', () => {
  it('has no downstream pipeline before it triggers', async () => {
    // lifecycle.yaml's first pipeline is pipeline 1.
    const bridges = await callApi(
      emulatorFor('lifecycle.yaml'),
      '/projects/1/pipelines/1/bridges',
      owner,
    );
    const handOff = asList(bridges).find((bridge) => bridge.name === 'hand-off');
    expect(handOff).toMatchObject({ status: 'pending', downstream_pipeline: null });
  });

  it('runs while its downstream pipeline runs and mirrors its success (strategy: depend)', async () => {
    const emulator = emulatorFor('lifecycle.yaml');
    const bridge = emulator.state.jobs.get(jobNamed(emulator, 'team/svc', 'hand-off').id);
    emulator.advance(10_000);
    expect(bridge?.status).toBe('running');
    const bridges = asList(
      await callApi(emulator, `/projects/1/pipelines/${bridge?.pipelineId}/bridges`, owner),
    );
    expect(bridges.find((entry) => entry.name === 'hand-off')?.downstream_pipeline).toMatchObject({
      project_id: 2,
      status: 'running',
      source: 'pipeline',
    });
    emulator.advance(12_000);
    expect(bridge?.status).toBe('success');
  });

  it('succeeds as soon as it has triggered when it does not depend on its downstream pipeline', () => {
    const emulator = emulatorFor('lifecycle.yaml');
    emulator.advance(1_000);
    expect(jobNamed(emulator, 'team/svc', 'fire-and-forget').status).toBe('success');
  });
});

describe('pipelines on the clock', () => {
  it('creates a pipeline the scenario schedules for later only when the clock reaches it', async () => {
    const emulator = emulatorFor('lifecycle.yaml');
    const before = asList(await callApi(emulator, '/projects/1/jobs', owner)).map(
      (job) => job.name,
    );
    emulator.advance(5 * 60_000);
    const after = asList(await callApi(emulator, '/projects/1/jobs', owner)).map((job) => job.name);
    expect(before).not.toContain('later');
    expect(after[0]).toBe('later');
  });

  it('reflects a real-time clock on every GET without any advance', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2030-01-01T00:00:00Z') });
    try {
      const emulator = emulatorFor('jobs-world.yaml', {
        clock: { mode: 'real', startAt: '2024-06-03T09:00:00.000Z' },
      });
      vi.advanceTimersByTime(4_000);
      expect((await getJob(emulator, 'group/app', 'build')).status).toBe('running');
      vi.advanceTimersByTime(10_000);
      expect((await getJob(emulator, 'group/app', 'build')).status).toBe('success');
    } finally {
      vi.useRealTimers();
    }
  });
});
