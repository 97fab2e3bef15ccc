// Tests for the job schema: required and optional fields, nulls, types and unknown fields.
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type Job, JobBasicSchema, JobSchema } from '../../../src/gitlab/schemas/job.js';
import type { JobStatus } from '../../../src/gitlab/schemas/job-status.js';
import type { User } from '../../../src/gitlab/schemas/user.js';
import { loadSeedExample } from '../../fixtures/seeds/index.js';

type Raw = Record<string, unknown>;

/** The fullest documented job: failed, with an archive, a pipeline and tags. */
function fullJob(): Raw {
  return (loadSeedExample('markdown', 'list-project-jobs') as Raw[])[0] as Raw;
}

/** The barest documented job: no pipeline, no tags, no user. */
function bareJob(): Raw {
  return loadSeedExample('markdown', 'cancel-job') as Raw;
}

const REQUIRED = [
  'id',
  'name',
  'stage',
  'status',
  'ref',
  'tag',
  'coverage',
  'allow_failure',
  'created_at',
  'started_at',
  'finished_at',
  'duration',
  'queued_duration',
  'user',
  'commit',
  'web_url',
  'artifacts',
  'runner',
];

const OPTIONAL = [
  'pipeline',
  'failure_reason',
  'artifacts_file',
  'artifacts_expire_at',
  'tag_list',
];

describe('JobSchema', () => {
  it('parses the fullest documented job into its typed fields', () => {
    const job = v.parse(JobSchema, fullJob());
    expect(job).toMatchObject({
      id: 7,
      status: 'failed',
      failure_reason: 'script_failure',
      artifacts_file: { filename: 'artifacts.zip', size: 1000 },
      tag_list: ['docker runner', 'ubuntu18'],
      pipeline: { id: 6, project_id: 1 },
    });
    expect(job.artifacts).toHaveLength(4);
  });

  it('parses the barest documented job, which has no pipeline, tags or user', () => {
    const job = v.parse(JobSchema, bareJob());
    expect(job.pipeline).toBeUndefined();
    expect(job.tag_list).toBeUndefined();
    expect(job.user).toBeNull();
    expect(job.status).toBe('canceled');
  });

  it.each(REQUIRED)('rejects a job without %s', (field) => {
    const job = fullJob();
    delete job[field];
    expect(v.safeParse(JobSchema, job).success).toBe(false);
  });

  it.each(OPTIONAL)('accepts a job without %s', (field) => {
    const job = fullJob();
    delete job[field];
    expect(v.parse(JobSchema, job)).not.toHaveProperty(field);
  });

  it.each([
    'user',
    'commit',
    'coverage',
    'started_at',
    'finished_at',
    'duration',
    'queued_duration',
    'runner',
    'artifacts_expire_at',
  ])('accepts null for %s', (field) => {
    expect(v.parse(JobSchema, { ...fullJob(), [field]: null })).toHaveProperty(field, null);
  });

  // `commit` is null when the pipeline's sha is missing from the repository (JobBasic exposes
  // `pipeline.commit`, a lazy lookup), so it is in the nullable list above, not here.
  it.each(['id', 'name', 'status', 'tag', 'allow_failure', 'created_at', 'artifacts'])(
    'rejects null for %s',
    (field) => {
      expect(v.safeParse(JobSchema, { ...fullJob(), [field]: null }).success).toBe(false);
    },
  );

  it.each<[string, unknown]>([
    ['id', '7'],
    ['id', 7.5],
    ['status', 'cancelled'],
    ['status', 'retried'],
    ['tag', 'false'],
    ['allow_failure', 0],
    ['coverage', '98.29'],
    ['duration', '0.173'],
    ['created_at', 'yesterday'],
    ['tag_list', 'docker runner,ubuntu18'],
    ['artifacts', {}],
    ['user', { id: 1 }],
  ])('rejects %s given as %j', (field, value) => {
    expect(v.safeParse(JobSchema, { ...fullJob(), [field]: value }).success).toBe(false);
  });

  it('accepts a numeric coverage', () => {
    expect(v.parse(JobSchema, { ...fullJob(), coverage: 98.29 }).coverage).toBe(98.29);
  });

  it('parses the fields real servers add beyond the documents', () => {
    const job = v.parse(JobSchema, {
      ...fullJob(),
      erased_at: '2016-01-11T10:20:00.000Z',
      archived: false,
      runner: { id: 8, description: 'shared', is_shared: true, status: 'online' },
      runner_manager: { id: 3, system_id: 's_1f2e3d', version: '17.0.0', status: 'online' },
      project: { ci_job_token_scope_enabled: true },
      environment: { name: 'production' },
      download_url: null,
    });
    expect(job).toMatchObject({
      erased_at: '2016-01-11T10:20:00.000Z',
      archived: false,
      runner: { id: 8 },
      runner_manager: { id: 3, system_id: 's_1f2e3d' },
      project: { ci_job_token_scope_enabled: true },
      environment: { name: 'production' },
      download_url: null,
    });
  });

  it('accepts null for erased_at, runner_manager and environment', () => {
    const job = v.parse(JobSchema, {
      ...fullJob(),
      erased_at: null,
      runner_manager: null,
      environment: null,
    });
    expect([job.erased_at, job.runner_manager, job.environment]).toEqual([null, null, null]);
  });

  it('accepts ci_job_token_scope_enabled as the string the documents give', () => {
    const job = v.parse(JobSchema, {
      ...fullJob(),
      project: { ci_job_token_scope_enabled: 'false' },
    });
    expect(job.project?.ci_job_token_scope_enabled).toBe('false');
  });

  it('rejects a project object without ci_job_token_scope_enabled', () => {
    expect(v.safeParse(JobSchema, { ...fullJob(), project: {} }).success).toBe(false);
  });

  it('rejects archived given as a string', () => {
    expect(v.safeParse(JobSchema, { ...fullJob(), archived: 'false' }).success).toBe(false);
  });

  it('keeps unknown fields at the top level', () => {
    const job = v.parse(JobSchema, { ...fullJob(), timeout: 3600, new_field: { a: 1 } });
    expect(job).toMatchObject({ timeout: 3600, new_field: { a: 1 } });
  });

  it('keeps unknown fields in nested objects', () => {
    const raw = fullJob() as {
      commit: Raw;
      user: Raw;
      pipeline: Raw;
      artifacts: Raw[];
    } & Raw;
    raw.commit.parent_ids = ['a1'];
    raw.user.bot = false;
    raw.pipeline.source = 'push';
    raw.pipeline.name = 'nightly';
    (raw.artifacts[0] as Raw).expire_at = null;
    const job = v.parse(JobSchema, raw) as unknown as typeof raw;
    expect(job.commit.parent_ids).toEqual(['a1']);
    expect(job.user.bot).toBe(false);
    expect(job.pipeline).toMatchObject({ source: 'push', name: 'nightly' });
    expect(job.artifacts[0]).toHaveProperty('expire_at', null);
  });

  it('infers status as a JobStatus and user as a nullable User', () => {
    expectTypeOf<Job['status']>().toEqualTypeOf<JobStatus>();
    expectTypeOf<Job['user']>().toEqualTypeOf<User | null>();
    expect(v.parse(JobSchema, fullJob()).status).toBe('failed');
  });
});

describe('JobBasicSchema', () => {
  it('does not require the job-only fields runner and artifacts', () => {
    const { runner: _r, artifacts: _a, ...basic } = fullJob();
    expect(v.safeParse(JobBasicSchema, basic).success).toBe(true);
    expect(v.safeParse(JobSchema, basic).success).toBe(false);
  });
});
