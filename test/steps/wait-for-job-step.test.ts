// wait-for-job against the emulated world: outcomes, progress, log following, timeouts.
import { describe, expect, it } from 'vitest';
import { EXIT_CODES, exitCodeForResult } from '../../src/steps/step-result.js';
import { jobId, pipelineId, virtualWorld } from './support/ci-step-world.js';
import { runAgainstWorld } from './support/step-harness.js';

describe('wait-for-job', () => {
  it('ends in success when the job succeeds, with its outputs', async () => {
    const world = virtualWorld();
    const { result, reporter } = await runAgainstWorld(
      'wait-for-job',
      { job: String(jobId(world, 'build')) },
      world,
    );
    expect(result.outcome).toBe('success');
    expect(exitCodeForResult(result)).toBe(EXIT_CODES.success);
    expect(reporter.outputs).toMatchObject({
      status: 'success',
      'job-id': String(jobId(world, 'build')),
      'timed-out': 'false',
      'failure-reason': '',
    });
    expect(reporter.outputs['web-url']).toMatch(/\/acme\/app\/-\/jobs\/\d+$/);
    expect(Number(reporter.outputs.duration)).toBeGreaterThan(0);
  });

  it('reports each status change with the elapsed time', async () => {
    const world = virtualWorld();
    const { reporter } = await runAgainstWorld(
      'wait-for-job',
      { job: String(jobId(world, 'flaky')) },
      world,
    );
    const changes = reporter.log.flatMap((entry) =>
      entry.kind === 'status' ? [[entry.change.from, entry.change.to] as const] : [],
    );
    expect(changes[0]).toEqual([undefined, 'created']);
    expect(changes.at(-1)?.[1]).toBe('failed');
    expect(changes.map(([, to]) => to)).toContain('running');
    const elapsed = reporter.log.flatMap((entry) =>
      entry.kind === 'status' ? [entry.change.elapsedMs] : [],
    );
    expect(elapsed).toEqual([...elapsed].sort((a, b) => a - b));
    expect(elapsed.at(-1)).toBeGreaterThan(20_000);
  });

  it('fails when the job fails, with an error annotation naming the reason', async () => {
    const world = virtualWorld();
    const { result, reporter } = await runAgainstWorld(
      'wait-for-job',
      { job: String(jobId(world, 'flaky')) },
      world,
    );
    expect(result.outcome).toBe('failed');
    expect(exitCodeForResult(result)).toBe(EXIT_CODES.jobFailed);
    expect(reporter.outputs['failure-reason']).toBe('script_failure');
    const annotations = reporter.log.filter((entry) => entry.kind === 'annotation');
    expect(annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining('script_failure'),
      }),
    ]);
  });

  it('counts a failed job as success when failed is a success status', async () => {
    const world = virtualWorld();
    const { result } = await runAgainstWorld(
      'wait-for-job',
      { job: String(jobId(world, 'flaky')), 'success-statuses': 'success, failed' },
      world,
    );
    expect(result.outcome).toBe('success');
  });

  it('times out with exit code 3 and the timed-out output', async () => {
    const world = virtualWorld();
    const { result, reporter } = await runAgainstWorld(
      'wait-for-job',
      { job: String(jobId(world, 'long')), timeout: '10m' },
      world,
    );
    expect(result.outcome).toBe('timed-out');
    expect(exitCodeForResult(result)).toBe(EXIT_CODES.timedOut);
    expect(reporter.outputs['timed-out']).toBe('true');
    expect(reporter.outputs.status).toBe('running');
    expect(result.message).toMatch(/^Timed out after 10m00s/);
  });

  it('polls from the interval doubling to max-interval', async () => {
    const world = virtualWorld();
    const { slept } = await runAgainstWorld(
      'wait-for-job',
      { job: String(jobId(world, 'long')), timeout: '5m', interval: '2s', 'max-interval': '30s' },
      world,
    );
    // The long job starts at 20 s (its need, build, takes that long): activity resets the backoff.
    expect(slept.slice(0, 3)).toEqual([2_000, 4_000, 8_000]);
    expect(Math.max(...slept)).toBe(30_000);
  });

  it('stops at a manual job and fails, saying why', async () => {
    const world = virtualWorld();
    const { result } = await runAgainstWorld(
      'wait-for-job',
      { job: String(jobId(world, 'approve')) },
      world,
    );
    expect(result.outcome).toBe('failed');
    expect(result.message).toContain('is manual: it waits for someone to play it');
  });

  it('counts manual as success when asked', async () => {
    const world = virtualWorld();
    const { result } = await runAgainstWorld(
      'wait-for-job',
      { job: String(jobId(world, 'approve')), 'success-statuses': 'success,manual' },
      world,
    );
    expect(result.outcome).toBe('success');
  });

  it('keeps waiting through manual when asked, until the timeout', async () => {
    const world = virtualWorld();
    const { result } = await runAgainstWorld(
      'wait-for-job',
      { job: String(jobId(world, 'approve')), 'keep-waiting-on-manual': 'true', timeout: '2m' },
      world,
    );
    expect(result.outcome).toBe('timed-out');
  });

  it('finds the job by name in a pipeline', async () => {
    const world = virtualWorld();
    const { result } = await runAgainstWorld(
      'wait-for-job',
      { pipeline: String(pipelineId(world)), name: 'build' },
      world,
    );
    expect(result.job.id).toBe(jobId(world, 'build'));
  });

  it('takes the newest job of a name, skipping the retried one', async () => {
    const world = virtualWorld();
    world.advance(60_000);
    const token = Object.values(world.personalTokens())[0] as string;
    const retried = await world.fetch(
      `http://gitlab.test/api/v4/projects/1/jobs/${jobId(world, 'flaky')}/retry`,
      { method: 'POST', headers: { 'PRIVATE-TOKEN': token } },
    );
    const retry = (await retried.json()) as { id: number };
    const { result } = await runAgainstWorld(
      'wait-for-job',
      { pipeline: String(pipelineId(world)), name: 'flaky', timeout: '1m' },
      world,
    );
    expect(result.job.id).toBe(retry.id);
  });

  it('refuses a name that no job of the pipeline has, naming the input', async () => {
    const world = virtualWorld();
    await expect(
      runAgainstWorld('wait-for-job', { pipeline: String(pipelineId(world)), name: 'nope' }, world),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'name' });
  });

  it('streams the log with sections as flattened groups and keeps its tail', async () => {
    const world = virtualWorld();
    const { reporter } = await runAgainstWorld(
      'wait-for-job',
      { job: String(jobId(world, 'build')), 'follow-log': 'true', 'summary-lines': '3' },
      world,
    );
    expect(reporter.shownLog()).toBe(
      [
        '\u001b[1mRunning with gitlab-runner 17.11.0\u001b[0;m',
        '[group: Preparing the "docker" executor]',
        'Using Docker executor with image node:24 ...',
        '[end]',
        '[group: Executing "step_script" stage of the job script]',
        '\u001b[32;1m$ npm ci\u001b[0;m',
        'added 42 packages in 2s',
        '[end]',
        '[group: Running unit tests]',
        '::set-output name=pwned::true',
        '::error title=injected::this must not become an annotation',
        '\u001b[32;1m✓ 21 tests passed\u001b[0;m',
        '[end]',
        '[group: Executing "step_script" stage of the job script (continued)]',
        'after the tests — done',
        '[end]',
        '\u001b[32;1mJob succeeded\u001b[0;m',
        '',
      ].join('\n'),
    );
    expect(reporter.summaries[0]?.logTail).toEqual([
      '✓ 21 tests passed',
      'after the tests — done',
      'Job succeeded',
    ]);
  });

  it('shows every byte of the log once when following it as it grows', async () => {
    const world = virtualWorld();
    const { reporter } = await runAgainstWorld(
      'wait-for-job',
      {
        job: String(jobId(world, 'build')),
        'follow-log': 'true',
        interval: '1s',
        'max-interval': '1s',
      },
      world,
    );
    const shown = reporter.log.filter((entry) => entry.kind === 'remote-log').length;
    // Read in several pieces (the job prints over 19 s, polled each second), yet nothing twice.
    expect(shown).toBeGreaterThan(3);
    expect(reporter.shownLog().match(/Job succeeded/g)).toHaveLength(1);
    expect(reporter.shownLog().match(/npm ci/g)).toHaveLength(1);
  });

  it('puts the job, status, link and log tail in the summary', async () => {
    const world = virtualWorld();
    const { reporter } = await runAgainstWorld(
      'wait-for-job',
      { job: String(jobId(world, 'flaky')), 'summary-lines': '2' },
      world,
    );
    expect(reporter.summaries).toEqual([
      expect.objectContaining({
        command: 'wait-for-job',
        outcome: 'failed',
        job: expect.objectContaining({
          name: 'flaky',
          status: 'failed',
          failureReason: 'script_failure',
        }),
        logTail: ['Error: the flake struck', 'ERROR: Job failed: exit code 1'],
      }),
    ]);
  });

  it('masks the token', async () => {
    const world = virtualWorld();
    const { reporter } = await runAgainstWorld(
      'wait-for-job',
      { job: String(jobId(world, 'build')) },
      world,
    );
    expect(reporter.log).toContainEqual({ kind: 'secret', text: 'glpat-ci-step-e2e-token-000001' });
  });
});
