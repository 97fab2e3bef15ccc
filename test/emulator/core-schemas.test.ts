// Every JSON answer of the emulator, in every job status, validates against the core's schemas.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../src/emulator/create-emulator.js';
import {
  AllowedAgentsSchema,
  BridgeSchema,
  JobOrBridgeSchema,
  JobSchema,
} from '../../src/gitlab/schemas/index.js';
import { JOB_STATUSES } from '../../src/gitlab/schemas/job-status.js';
import { asList, callApi } from './support/call-api.js';
import { emulatorFor, fixtureText, jobNamed, jobTokenOf } from './support/world.js';

const owner = { token: 'glpat-owner-token-0001' };
const post = { ...owner, method: 'POST' };

function problems(schema: v.GenericSchema, value: unknown): string[] {
  const result = v.safeParse(schema, value);
  return result.success
    ? []
    : result.issues.map((issue) => `${v.getDotPath(issue) ?? ''}: ${issue.message}`);
}

/** Lists, single jobs and bridges of zoo/app as they stand, each checked against its schema. */
async function walkReads(emulator: Emulator, seen: Set<string>): Promise<string[]> {
  const failures: string[] = [];
  const jobs = asList(await callApi(emulator, '/projects/1/jobs?per_page=100', owner));
  const pipelineJobs = asList(
    await callApi(
      emulator,
      '/projects/1/pipelines/1/jobs?per_page=100&include_retried=true',
      owner,
    ),
  );
  const bridges = asList(await callApi(emulator, '/projects/1/pipelines/1/bridges', owner));
  for (const job of [...jobs, ...pipelineJobs]) {
    seen.add(String(job.status));
    failures.push(...problems(JobSchema, job).map((issue) => `list ${job.name}: ${issue}`));
    const single = await callApi(emulator, `/projects/1/jobs/${job.id}`, owner);
    failures.push(...problems(JobSchema, single.body).map((issue) => `get ${job.name}: ${issue}`));
  }
  for (const bridge of bridges) {
    seen.add(String(bridge.status));
    failures.push(
      ...problems(BridgeSchema, bridge).map((issue) => `bridge ${bridge.name}: ${issue}`),
    );
  }
  return failures;
}

describe('answers checked against the core schemas', () => {
  it('lists and gets jobs and bridges in every status GitLab answers with', async () => {
    const emulator = emulatorFor('status-zoo.yaml');
    const seen = new Set<string>();
    emulator.advance(5_000);
    await callApi(
      emulator,
      `/projects/1/jobs/${jobNamed(emulator, 'zoo/app', 'to-cancel-running').id}/cancel`,
      post,
    );
    await callApi(
      emulator,
      `/projects/1/jobs/${jobNamed(emulator, 'zoo/app', 'to-cancel-pending').id}/cancel`,
      post,
    );
    const failures = await walkReads(emulator, seen);
    emulator.advance(10_000);
    failures.push(...(await walkReads(emulator, seen)));
    expect(failures).toEqual([]);
    expect([...seen].sort()).toEqual(
      JOB_STATUSES.filter((status) => status !== 'waiting_for_callback').sort(),
    );
  });

  it('answers cancel, retry, erase and play of jobs with valid jobs', async () => {
    const emulator = emulatorFor('status-zoo.yaml');
    emulator.advance(5_000);
    const id = (name: string) => jobNamed(emulator, 'zoo/app', name).id;
    const answers = [
      await callApi(emulator, `/projects/1/jobs/${id('forever')}/cancel`, post),
      await callApi(emulator, `/projects/1/jobs/${id('quick-success')}/cancel`, post),
      await callApi(emulator, `/projects/1/jobs/${id('quick-failure')}/retry`, post),
      await callApi(emulator, `/projects/1/jobs/${id('quick-success')}/erase`, post),
      await callApi(emulator, `/projects/1/jobs/${id('manual-now')}/play`, post),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 200]);
    expect(answers.flatMap((answer) => problems(JobSchema, answer.body))).toEqual([]);
  });

  it('answers play and retry of bridges with valid bridges', async () => {
    const emulator = emulatorFor('status-zoo.yaml');
    emulator.advance(5_000);
    const played = await callApi(
      emulator,
      `/projects/1/jobs/${jobNamed(emulator, 'zoo/app', 'bridge-manual').id}/play`,
      post,
    );
    const retried = await callApi(
      emulator,
      `/projects/1/jobs/${jobNamed(emulator, 'zoo/app', 'bridge-done').id}/retry`,
      post,
    );
    expect([played.status, retried.status]).toEqual([200, 201]);
    expect([
      ...problems(BridgeSchema, played.body),
      ...problems(JobOrBridgeSchema, retried.body),
    ]).toEqual([]);
  });

  it.each(['current', 'full'])(
    'answers GET /job and GET /job/allowed_agents (%s format) with valid bodies',
    async (format) => {
      const zoo = fixtureText('status-zoo.yaml');
      const scenario = zoo.replace(
        'startAt:',
        `server: { allowedAgentsFormat: ${format} }\nstartAt:`,
      );
      const emulator = emulatorFor('status-zoo.yaml', { scenario });
      emulator.advance(5_000);
      const token = jobTokenOf(emulator, jobNamed(emulator, 'zoo/app', 'forever').id);
      const job = await callApi(emulator, '/job', { token, auth: 'job' });
      const agents = await callApi(emulator, '/job/allowed_agents', { token, auth: 'job' });
      expect(agents.status).toBe(200);
      expect([
        ...problems(JobSchema, job.body),
        ...problems(AllowedAgentsSchema, agents.body),
      ]).toEqual([]);
    },
  );

  it('answers every job of the demo scenario, through its whole run, with valid jobs', async () => {
    const emulator = createEmulator();
    const token = emulator.personalTokens().maintainer;
    const failures: string[] = [];
    for (let second = 0; second <= 60; second += 5) {
      for (const project of ['demo%2Fapp', 'demo%2Fdeploy']) {
        const jobs = asList(await callApi(emulator, `/projects/${project}/jobs`, { token }));
        for (const job of jobs)
          failures.push(
            ...problems(JobSchema, job).map((issue) => `${job.name}@${second}s: ${issue}`),
          );
      }
      emulator.advance(5_000);
    }
    expect(failures).toEqual([]);
  });
});
