// Played variables and GitLab's predefined variables reach a job's log, as a runner would expand them.
import { describe, expect, it } from 'vitest';
import { expandVariables } from '../../../src/emulator/trace/job-variables.js';
import { asObject, callApi } from '../support/call-api.js';
import { emulatorFor } from '../support/world.js';

const TOKEN = 'glpat-variables-owner-1';

/** played-variables.yaml: a manual `deploy` job printing its target and predefined variables. */
const deployWorld = () => emulatorFor('played-variables.yaml');

async function playAndFinish(variables: Array<{ key: string; value: string }>) {
  const emulator = deployWorld();
  const played = await callApi(emulator, '/projects/5/jobs/500/play', {
    token: TOKEN,
    method: 'POST',
    body: { job_variables_attributes: variables },
  });
  expect(played.status).toBe(200);
  emulator.advance(60_000);
  const trace = await callApi(emulator, '/projects/5/jobs/500/trace', { token: TOKEN });
  return { emulator, trace: trace.text };
}

describe('variables in a job log', () => {
  it('expands the values the job was played with in its output lines', async () => {
    const { trace } = await playAndFinish([
      { key: 'DEPLOY_TARGET', value: 'staging' },
      { key: 'REGION', value: 'eu-1' },
    ]);
    expect(trace).toContain('Deploying to staging (eu-1) as olga');
  });

  it('shows the command in a section header as written, unexpanded', async () => {
    const { trace } = await playAndFinish([{ key: 'DEPLOY_TARGET', value: 'staging' }]);
    expect(trace).toContain('$ ./deploy.sh "$DEPLOY_TARGET"');
  });

  it('expands predefined variables and masks the job token', async () => {
    const { trace } = await playAndFinish([]);
    expect(trace).toContain('job 500 of team/app on main, token [MASKED]');
  });

  it('expands an unset variable to nothing, uses a default, and keeps $$ as one $', async () => {
    const { trace } = await playAndFinish([]);
    expect(trace).toContain('unset: [] default: [fallback] literal: $HOME');
  });

  it('counts the expanded text in the archived log size', async () => {
    const short = await playAndFinish([{ key: 'DEPLOY_TARGET', value: 'a' }]);
    const long = await playAndFinish([{ key: 'DEPLOY_TARGET', value: 'a-much-longer-target' }]);
    const size = async (emulator: typeof short.emulator) => {
      const job = asObject(await callApi(emulator, '/projects/5/jobs/500', { token: TOKEN }));
      const artifacts = job.artifacts as Array<{ file_type: string; size: number }>;
      return artifacts.find((artifact) => artifact.file_type === 'trace')?.size;
    };
    expect(await size(short.emulator)).toBe(new TextEncoder().encode(short.trace).length);
    expect(await size(long.emulator)).toBe(new TextEncoder().encode(long.trace).length);
    expect(await size(long.emulator)).toBeGreaterThan((await size(short.emulator)) ?? 0);
  });

  it('reports the played values in the control API state', async () => {
    const { emulator } = await playAndFinish([{ key: 'DEPLOY_TARGET', value: 'staging' }]);
    const response = await emulator.fetch('http://emulator.local/-/emulator/state');
    const state = (await response.json()) as { jobs: Array<Record<string, unknown>> };
    expect(state.jobs.find((job) => job.id === 500)).toMatchObject({
      playVariables: [{ key: 'DEPLOY_TARGET', value: 'staging' }],
    });
  });
});

describe('expandVariables', () => {
  const variables = new Map([
    ['A', '1'],
    ['EMPTY', ''],
  ]);

  it('leaves a $ that starts no name alone', () => {
    expect(expandVariables('$ make && echo $1 and 5$', variables)).toBe('$ make && echo $1 and 5$');
  });

  it('reads the longest name, braces ending it early', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell syntax under test
    expect(expandVariables('$A $AB ${A}B', variables)).toBe('1  1B');
  });

  it('uses the default for an empty value too', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell syntax under test
    expect(expandVariables('${EMPTY:-d} ${A:-d}', variables)).toBe('d 1');
  });
});
