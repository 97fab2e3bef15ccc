// trigger-manual-job against the emulated world: waits while created, plays once, reports a replay.
import { describe, expect, it, vi } from 'vitest';
import { decodeStartedJob, STARTED_JOB_STATE } from '../../src/steps/started-job-state.js';
import { CI_BOT_TOKEN, jobId, pipelineId, virtualWorld } from './support/ci-step-world.js';
import { runAgainstWorld } from './support/step-harness.js';

function plays(world: ReturnType<typeof virtualWorld>) {
  return world.runtime.requestLog
    .list({ method: 'POST' })
    .filter((entry) => entry.path.endsWith('/play'));
}

describe('trigger-manual-job', () => {
  it('follows the new run when the job finished between its read and its play', async () => {
    const world = virtualWorld();
    const id = jobId(world, 'approve');
    // Hold the step's play a minute on the emulator's clock, while someone else plays the job.
    world.runtime.faults.add({
      route: 'POST /projects/:id/jobs/:job_id/play',
      delayMs: 60_000,
      times: 1,
    });
    const run = runAgainstWorld('trigger-manual-job', { job: String(id) }, world);
    await vi.waitFor(() => expect(plays(world)).toHaveLength(1));
    const other = await world.fetch(
      `http://gitlab.test/api/v4/projects/acme%2Fapp/jobs/${id}/play`,
      {
        method: 'POST',
        headers: { 'PRIVATE-TOKEN': CI_BOT_TOKEN },
      },
    );
    expect(other.status).toBe(200);
    world.advance(60_000);
    expect(world.state.jobs.get(id)?.status).toBe('success');
    const { result, reporter } = await run;
    // GitLab retried the finished job and answered with the original: the step follows the retry.
    const retry = jobId(world, 'approve');
    expect(retry).toBeGreaterThan(id);
    expect(world.state.jobs.get(retry)?.retryOfId).toBe(id);
    expect(result.outcome).toBe('success');
    expect(reporter.outputs['job-id']).toBe(String(retry));
    expect(reporter.outputs.status).toBe('pending');
  });

  it('plays a manual job once with its variables, and reports it started', async () => {
    const world = virtualWorld();
    const id = jobId(world, 'approve');
    const { result, reporter } = await runAgainstWorld(
      'trigger-manual-job',
      { job: String(id), variables: 'TARGET=production\nRELEASE=v1.2.3=final\n# a comment\n' },
      world,
    );
    expect(result.outcome).toBe('success');
    expect(reporter.outputs.status).toBe('pending');
    expect(plays(world)).toHaveLength(1);
    expect(world.state.jobs.get(id)?.playVariables).toEqual([
      { key: 'TARGET', value: 'production' },
      { key: 'RELEASE', value: 'v1.2.3=final' },
    ]);
  });

  it('masks the variable values and names only the keys', async () => {
    const world = virtualWorld();
    const { reporter } = await runAgainstWorld(
      'trigger-manual-job',
      { job: String(jobId(world, 'approve')), variables: 'SECRET_THING=hunter2-value' },
      world,
    );
    expect(reporter.log).toContainEqual({ kind: 'secret', text: 'hunter2-value' });
    const printed = JSON.stringify(reporter.log.filter((entry) => entry.kind !== 'secret'));
    expect(printed).not.toContain('hunter2-value');
    expect(printed).toContain('SECRET_THING');
  });

  it('masks values as GitLab does (8 characters or more), and masked-variables whatever their length', async () => {
    const world = virtualWorld();
    const id = jobId(world, 'approve');
    const { reporter } = await runAgainstWorld(
      'trigger-manual-job',
      {
        job: String(id),
        variables: 'FLAG=true\nPASSWORD=hunter22',
        'masked-variables': 'PIN=42',
      },
      world,
    );
    const masked = reporter.log.flatMap((entry) => (entry.kind === 'secret' ? [entry.text] : []));
    expect(masked).toContain('hunter22');
    expect(masked).toContain('42');
    expect(masked).not.toContain('true');
    expect(world.state.jobs.get(id)?.playVariables).toEqual([
      { key: 'FLAG', value: 'true' },
      { key: 'PASSWORD', value: 'hunter22' },
      { key: 'PIN', value: '42' },
    ]);
  });

  it('waits while the job is created (needs unfinished) and plays it once it is manual', async () => {
    const world = virtualWorld();
    const { result, reporter } = await runAgainstWorld(
      'trigger-manual-job',
      { pipeline: String(pipelineId(world)), name: 'deploy' },
      world,
    );
    expect(result.outcome).toBe('success');
    expect(reporter.log.find((entry) => entry.kind === 'info')).toMatchObject({
      text: expect.stringContaining('is created'),
    });
    expect(plays(world)).toHaveLength(1);
    // The play came after build finished (20 s), never as an "Unplayable Job" attempt.
    expect(plays(world)[0]?.status).toBe(200);
  });

  it('times out while the job stays created', async () => {
    const world = virtualWorld();
    const { result } = await runAgainstWorld(
      'trigger-manual-job',
      { job: String(jobId(world, 'release')), timeout: '5m' },
      world,
    );
    expect(result.outcome).toBe('timed-out');
    expect(result.message).toContain('still created');
    expect(plays(world)).toHaveLength(0);
  });

  it('reports a job already played instead of playing it again', async () => {
    const world = virtualWorld();
    const id = String(jobId(world, 'approve'));
    await runAgainstWorld('trigger-manual-job', { job: id }, world);
    const { result, reporter } = await runAgainstWorld('trigger-manual-job', { job: id }, world);
    expect(plays(world)).toHaveLength(1);
    expect(result.outcome).toBe('success');
    expect(reporter.log).toContainEqual(
      expect.objectContaining({
        kind: 'annotation',
        level: 'notice',
        message: expect.stringContaining('it was not played again'),
      }),
    );
  });

  it('plays exactly once when the connection drops after GitLab got the play', async () => {
    const world = virtualWorld();
    world.runtime.faults.add({
      route: 'POST /projects/:id/jobs/:job_id/play',
      kind: 'reset-after-send',
      times: 1,
    });
    const id = jobId(world, 'approve');
    const { result } = await runAgainstWorld(
      'trigger-manual-job',
      { job: String(id), variables: 'TARGET=staging' },
      world,
    );
    expect(result.outcome).toBe('success');
    expect(plays(world)).toHaveLength(1);
    expect(plays(world)[0]).toMatchObject({ applied: true, fault: 'reset-after-send' });
    expect(world.state.jobs.get(id)?.playVariables).toEqual([{ key: 'TARGET', value: 'staging' }]);
  });

  it('goes on waiting after the play with wait, and fails if the job fails', async () => {
    const world = virtualWorld();
    const { result, reporter } = await runAgainstWorld(
      'trigger-manual-job',
      { job: String(jobId(world, 'approve')), wait: 'true', 'follow-log': 'true' },
      world,
    );
    expect(result.outcome).toBe('success');
    expect(reporter.outputs.status).toBe('success');
    expect(reporter.shownLog()).toContain('approved');
  });

  it('saves the played job for the post step only with cancel-on-abort', async () => {
    const world = virtualWorld();
    const id = jobId(world, 'approve');
    const without = await runAgainstWorld(
      'trigger-manual-job',
      { job: String(id) },
      virtualWorld(),
    );
    expect(without.reporter.state.size).toBe(0);
    const { reporter } = await runAgainstWorld(
      'trigger-manual-job',
      { job: String(id), 'cancel-on-abort': 'true' },
      world,
    );
    expect(decodeStartedJob(reporter.state.get(STARTED_JOB_STATE))).toEqual({
      project: 'acme/app',
      jobId: id,
    });
  });
});
