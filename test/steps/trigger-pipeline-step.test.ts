// trigger-pipeline against the emulated world: a new pipeline with variables, the trigger API, waiting on.
import { describe, expect, it } from 'vitest';
import { jobVariables } from '../../src/emulator/trace/job-variables.js';
import { parsePipelineInputs } from '../../src/steps/parse-pipeline-inputs.js';
import { parseStepInputs } from '../../src/steps/parse-step-inputs.js';
import { EXIT_CODES, exitCodeForResult } from '../../src/steps/step-result.js';
import { newestJob, pipelineWorld, TRIGGER_TOKEN } from './support/pipeline-world.js';
import { runAgainstWorld } from './support/step-harness.js';

const SECRET_VALUE = 'staging-eu-west-1';

describe('trigger-pipeline', () => {
  it('creates a pipeline on the ref whose jobs see the variables, and says only their names', async () => {
    const world = pipelineWorld();
    const { result, reporter } = await runAgainstWorld(
      'trigger-pipeline',
      { ref: 'main', variables: `DEPLOY_ENV=${SECRET_VALUE}\nSHORT=on` },
      world,
    );
    expect(result.outcome).toBe('success');
    const pipeline = world.state.pipeline(Number(reporter.outputs['pipeline-id']));
    expect(pipeline).toMatchObject({ ref: 'main', source: 'api' });
    expect(reporter.outputs).toMatchObject({ status: 'pending', 'timed-out': 'false' });
    expect(reporter.outputs['web-url']).toMatch(/\/acme\/app\/-\/pipelines\/\d+$/);
    world.advance(1_000);
    const build = newestJob(world, 'build');
    expect(build.pipelineId).toBe(pipeline.id);
    expect(jobVariables(world.state, build).get('DEPLOY_ENV')).toBe(SECRET_VALUE);
    expect(jobVariables(world.state, build).get('SHORT')).toBe('on');
    const said = reporter.log.flatMap((entry) =>
      entry.kind === 'info' || entry.kind === 'warning' ? [entry.text] : [],
    );
    expect(said.join('\n')).toContain('with DEPLOY_ENV, SHORT');
    expect(said.join('\n')).not.toContain(SECRET_VALUE);
    // GitLab's rule: 8 characters or more are masked, a short value is not.
    expect(reporter.log).toContainEqual({ kind: 'secret', text: SECRET_VALUE });
    expect(reporter.log).not.toContainEqual({ kind: 'secret', text: 'on' });
  });

  it('uses the trigger API with a trigger token, and masks the token', async () => {
    const world = pipelineWorld();
    const { result, reporter } = await runAgainstWorld(
      'trigger-pipeline',
      { ref: 'main', 'trigger-token': TRIGGER_TOKEN, variables: 'DEPLOY_ENV=x' },
      world,
    );
    expect(result.outcome).toBe('success');
    const pipeline = world.state.pipeline(Number(reporter.outputs['pipeline-id']));
    expect(pipeline.source).toBe('trigger');
    expect(reporter.log).toContainEqual({ kind: 'secret', text: TRIGGER_TOKEN });
    const said = reporter.log.flatMap((entry) => (entry.kind === 'info' ? [entry.text] : []));
    expect(said.join('\n')).not.toContain(TRIGGER_TOKEN);
  });

  it('goes on as wait-for-pipeline with wait, ending with the pipeline', async () => {
    const world = pipelineWorld();
    const { result, reporter } = await runAgainstWorld(
      'trigger-pipeline',
      { ref: 'main', wait: 'true' },
      world,
    );
    expect(result.outcome).toBe('success');
    expect(reporter.outputs.status).toBe('success');
    expect(reporter.summaries[0]?.command).toBe('trigger-pipeline');
    expect(reporter.summaries[0]?.pipeline?.stages.map((stage) => stage.name)).toEqual([
      'build',
      'test',
      'deploy',
    ]);
  });

  it('fails with exit code 1 when the awaited pipeline fails', async () => {
    const { result } = await runAgainstWorld(
      'trigger-pipeline',
      {
        ref: 'fail-child',
        wait: 'true',
      },
      pipelineWorld(),
    );
    expect(exitCodeForResult(result)).toBe(EXIT_CODES.jobFailed);
  });

  it('asks for the ref', () => {
    expect(() =>
      parseStepInputs({
        command: 'trigger-pipeline',
        'gitlab-url': 'http://gitlab.test',
        token: 'glpat-x-000000000001',
        project: 'acme/app',
      }),
    ).toThrow(/Invalid ref: give the branch or tag/);
  });
});

describe('the inputs input', () => {
  it('reads NAME=VALUE lines, a JSON-looking value as JSON', () => {
    expect(
      parsePipelineInputs('env=prod\ncount=3\ndry=true\nzones=["a","b"]\ncode="007"\nnote=-x'),
    ).toEqual({ env: 'prod', count: 3, dry: true, zones: ['a', 'b'], code: '007', note: '-x' });
  });

  it('reads the components form, a list of "NAME=VALUE" strings', () => {
    expect(parsePipelineInputs('["env=prod", "count=3"]')).toEqual({ env: 'prod', count: 3 });
  });

  it('refuses a broken JSON value without showing it', () => {
    const problem = parsePipelineInputs('zones=["secret-zone"');
    expect(problem).toMatch(/line 1: the value of zones starts like JSON but does not parse/);
    expect(problem).not.toContain('secret-zone');
  });
});
