// wait-for-pipeline against the emulated world: downstream pipelines, strategy depend, timeouts, the report.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/create-emulator.js';
import type { SummaryPipeline } from '../../src/steps/job-summary.js';
import { EXIT_CODES, exitCodeForResult } from '../../src/steps/step-result.js';
import { pipelineWorld } from './support/pipeline-world.js';
import { runAgainstWorld } from './support/step-harness.js';

// A new pipeline on `ref`, created through the step itself (no wait).
async function newPipeline(world: Emulator, ref: string): Promise<string> {
  const { reporter } = await runAgainstWorld('trigger-pipeline', { ref }, world);
  return reporter.outputs['pipeline-id'] as string;
}

function bridgeOf(pipeline: SummaryPipeline | undefined, name: string) {
  const job = pipeline?.stages.flatMap((stage) => stage.jobs).find((each) => each.name === name);
  if (!job?.bridge) throw new Error(`no bridge ${name}`);
  return job.bridge;
}

describe('wait-for-pipeline', () => {
  it('succeeds across a child and a multi-project pipeline with strategy depend', async () => {
    const world = pipelineWorld();
    const id = await newPipeline(world, 'main');
    const { result, reporter } = await runAgainstWorld(
      'wait-for-pipeline',
      { pipeline: id },
      world,
    );
    expect(result.outcome).toBe('success');
    expect(reporter.outputs).toMatchObject({ status: 'success', 'pipeline-id': id });
    const top = reporter.summaries[0]?.pipeline;
    const child = bridgeOf(top, 'child').downstream;
    const lib = bridgeOf(top, 'lib').downstream;
    expect(child).toMatchObject({ projectId: 1, status: 'success' });
    expect(child?.stages[0]?.jobs.map((job) => [job.name, job.status])).toEqual([
      ['unit', 'success'],
    ]);
    expect(lib).toMatchObject({ projectId: 2, status: 'success' });
    expect(lib?.stages[0]?.jobs[0]).toMatchObject({ name: 'lib-build', status: 'success' });
  });

  it('fails when a child pipeline fails its bridge (strategy depend), naming the failed job', async () => {
    const world = pipelineWorld();
    const id = await newPipeline(world, 'fail-child');
    const { result, reporter } = await runAgainstWorld(
      'wait-for-pipeline',
      { pipeline: id },
      world,
    );
    expect(result.outcome).toBe('failed');
    expect(exitCodeForResult(result)).toBe(EXIT_CODES.jobFailed);
    expect(result.message).toBe(
      `Pipeline ${id} ended failed (failed: child, unit), not one of: success`,
    );
    expect(bridgeOf(reporter.summaries[0]?.pipeline, 'child').downstream?.status).toBe('failed');
    expect(reporter.log).toContainEqual(
      expect.objectContaining({ kind: 'annotation', level: 'error' }),
    );
  });

  it('fails when a multi-project pipeline fails its bridge (strategy depend)', async () => {
    const world = pipelineWorld();
    const id = await newPipeline(world, 'fail-multi');
    const { result, reporter } = await runAgainstWorld(
      'wait-for-pipeline',
      { pipeline: id },
      world,
    );
    expect(result.outcome).toBe('failed');
    const lib = bridgeOf(reporter.summaries[0]?.pipeline, 'lib');
    expect(lib.downstream).toMatchObject({ projectId: 2, status: 'failed' });
  });

  it('succeeds past a bridge without depend, and says its pipeline is not awaited', async () => {
    const world = pipelineWorld();
    const id = await newPipeline(world, 'no-depend');
    const { result, reporter } = await runAgainstWorld(
      'wait-for-pipeline',
      { pipeline: id },
      world,
    );
    expect(result.outcome).toBe('success');
    const notify = bridgeOf(reporter.summaries[0]?.pipeline, 'notify');
    expect(notify.downstream?.status).toBe('running');
    expect(notify.note).toMatch(
      /still running; the bridge succeeded on creating it \(no strategy: depend\)/,
    );
  });

  it('warns when a pipeline that its bridge did not depend on has failed', async () => {
    const world = pipelineWorld();
    const id = await newPipeline(world, 'no-depend');
    // Waiting with a success status the pipeline has not reached keeps the step going... so
    // let the downstream pipeline end first, then wait: the parent is long over.
    world.advance(120_000);
    const { result, reporter } = await runAgainstWorld(
      'wait-for-pipeline',
      { pipeline: id },
      world,
    );
    expect(result.outcome).toBe('success');
    const warnings = reporter.log.filter(
      (entry) => entry.kind === 'annotation' && entry.level === 'warning',
    );
    expect(warnings).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          /ended failed, but its bridge succeeded when it created it \(no strategy: depend\), so this does not fail pipeline/,
        ),
      }),
    ]);
  });

  it('times out with exit code 3', async () => {
    const world = pipelineWorld();
    const id = await newPipeline(world, 'slow');
    const { result, reporter } = await runAgainstWorld(
      'wait-for-pipeline',
      { pipeline: id, timeout: '2m' },
      world,
    );
    expect(result.outcome).toBe('timed-out');
    expect(exitCodeForResult(result)).toBe(EXIT_CODES.timedOut);
    expect(result.message).toBe(`Timed out after 2m00s: Pipeline ${id} is still running`);
    expect(reporter.outputs['timed-out']).toBe('true');
  });

  it('finds the newest pipeline of a ref', async () => {
    const world = pipelineWorld();
    const id = await newPipeline(world, 'main');
    const { reporter } = await runAgainstWorld('wait-for-pipeline', { ref: 'main' }, world);
    expect(reporter.outputs['pipeline-id']).toBe(id);
  });

  it('reports status changes as they happen, jobs of downstream pipelines included', async () => {
    const world = pipelineWorld();
    const id = await newPipeline(world, 'main');
    const { reporter } = await runAgainstWorld('wait-for-pipeline', { pipeline: id }, world);
    const jobs = reporter.log.flatMap((entry) =>
      entry.kind === 'status' ? [`${entry.change.job.name}:${entry.change.to}`] : [],
    );
    expect(jobs).toContain('unit:running');
    expect(jobs).toContain('lib-build:success');
    const lines = reporter.log.flatMap((entry) => (entry.kind === 'info' ? [entry.text] : []));
    expect(lines).toContainEqual(
      expect.stringMatching(/^\[[\dms]+\] bridge \d+ "child": running → success$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/\] pipeline #\d+ \(project 2, main\): running → success$/),
    );
  });

  it('writes the tree stage by stage, each downstream pipeline nested under its bridge', async () => {
    const world = pipelineWorld();
    const id = await newPipeline(world, 'main');
    const { reporter } = await runAgainstWorld('wait-for-pipeline', { pipeline: id }, world);
    const lines = reporter.log.flatMap((entry) => (entry.kind === 'info' ? [entry.text] : []));
    const start = lines.findIndex((line) => line.startsWith(`pipeline #${id} `));
    const tree = lines
      .slice(start, start + 12)
      .map((line) => line.replace(/#\d+/g, '#N').replace(/ {2}http\S+/, ''));
    expect(tree).toEqual([
      'pipeline #N (project 1, main): success',
      '  stage build:',
      '    #N build: success',
      '  stage test:',
      '    #N child (bridge): success',
      '      pipeline #N (project 1, main): success',
      '        stage test:',
      '          #N unit: success',
      '  stage deploy:',
      '    #N lib (bridge): success',
      '      pipeline #N (project 2, main): success',
      '        stage build:',
    ]);
  });

  it('follows the log of a job named in follow-log, in a child pipeline', async () => {
    const world = pipelineWorld();
    const id = await newPipeline(world, 'main');
    const { reporter } = await runAgainstWorld(
      'wait-for-pipeline',
      { pipeline: id, 'follow-log': 'unit' },
      world,
    );
    expect(reporter.shownLog()).toContain('unit: 12 tests passed');
    expect(reporter.shownLog()).not.toContain('deploying to');
  });
});
