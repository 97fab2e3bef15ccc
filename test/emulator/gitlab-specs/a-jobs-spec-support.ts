// Support for the ports (part a) of GitLab's spec/requests/api/ci/jobs_spec.rb: world, clock, tokens.
import { expect } from 'vitest';
import {
  createEmulator,
  type Emulator,
  type EmulatorOptions,
} from '../../../src/emulator/create-emulator.js';
import type { ScenarioInput } from '../../../src/emulator/scenario/scenario-schema.js';
import { type CallResult, callApi } from '../support/call-api.js';
import { fixtureText, jobNamed, jobTokenOf } from '../support/world.js';

/** The gitlabhq/gitlabhq commit of spec/requests/api/ci/jobs_spec.rb these ports follow. */
export const SPEC_COMMIT = '9f2347fcc443bcae95898acf329d8f7d253b1251';

/** T0: when a-jobs-spec.yaml starts (its first pipelines are created then). */
export const T0 = Date.parse('2024-06-03T09:00:00.000Z');
export const MINUTE = 60_000;
export const DAY = 86_400_000;

/** Personal (and OAuth) tokens of a-jobs-spec.yaml's users. Fake strings. */
export const TOKENS = {
  user: 'glpat-a-spec-user-00001',
  userOauth: 'gloas-a-spec-user-oauth-1',
  reporter: 'glpat-a-spec-reporter-01',
  guest: 'glpat-a-spec-guest-00001',
  maintainer: 'glpat-a-spec-maint-00001',
} as const;

/** The projects of a-jobs-spec.yaml, by role in the Ruby spec. */
export const PROJECTS = {
  project: { id: 1, path: 'spec-group/project' },
  keyset: { id: 2, path: 'spec-group/keyset' },
  artifacts: { id: 3, path: 'spec-group/artifacts' },
  cases: { id: 4, path: 'spec-group/cases' },
  agents: { id: 7, path: 'spec-group/agents' },
  otherProject: { id: 8, path: 'spec-group/other' },
  limited: { id: 9, path: 'spec-group/limited' },
} as const;

/** The commit sha of `pipeline` (with `job`) and of the pipeline of `running_job`, in spec-group/project. */
export const SHAS = {
  pipeline: '1111111111111111111111111111111111111111',
  runningJobPipeline: '2222222222222222222222222222222222222222',
} as const;

/** `job`: success, tags [docker, ruby], runs T0 .. T0+2m, artifacts expire a day after it finishes. */
export const JOB = {
  name: 'job',
  stage: 'test',
  ref: 'master',
  createdAt: T0,
  startedAt: T0,
  finishedAt: T0 + 2 * MINUTE,
  artifactsExpireAt: T0 + 2 * MINUTE + DAY,
  duration: 120,
  tagList: ['docker', 'ruby'],
} as const;

/** `running_job`: created at T0+5m and running from then on, for two hours. */
export const RUNNING_JOB = {
  name: 'running_job',
  stage: 'test',
  ref: 'master',
  createdAt: T0 + 5 * MINUTE,
  startedAt: T0 + 5 * MINUTE,
} as const;

/** An emulator of a-jobs-spec.yaml moved to some time after T0, with the job tokens seen at T0. */
export interface JobsSpecWorld {
  emulator: Emulator;
  /** The id of the named job of a project. */
  jobId(project: { path: string }, name: string): number;
  /** The id of the pipeline the named job belongs to. */
  pipelineIdOf(project: { path: string }, name: string): number;
  /** The live token of a running job. */
  liveToken(project: { path: string }, name: string): string;
  /** The token a job had at T0 (it may have finished since: `job.token` of a finished job). */
  tokenAtT0(project: { path: string }, name: string): string;
  /** The id of a user, by personal token. */
  userId(token: string): number;
}

/** a-jobs-spec.yaml played up to `minutes` after T0. */
export function jobsSpecWorld(minutes: number, options: EmulatorOptions = {}): JobsSpecWorld {
  const emulator = createEmulator({
    scenario: fixtureText('gitlab-specs/a-jobs-spec.yaml'),
    ...options,
  });
  const atT0 = new Map(
    emulator.jobTokens().map((entry) => [`${entry.projectPath}/${entry.jobName}`, entry.token]),
  );
  emulator.advance(minutes * MINUTE);
  return {
    emulator,
    jobId: (project, name) => jobNamed(emulator, project.path, name).id,
    pipelineIdOf(project, name) {
      const job = emulator.state.jobs.get(jobNamed(emulator, project.path, name).id);
      if (!job) throw new Error(`no job ${name}`);
      return job.pipelineId;
    },
    liveToken: (project, name) => jobTokenOf(emulator, jobNamed(emulator, project.path, name).id),
    tokenAtT0(project, name) {
      const token = atT0.get(`${project.path}/${name}`);
      if (!token) throw new Error(`job ${name} had no token at T0`);
      return token;
    },
    userId(token) {
      const user = emulator.state.userByPersonalToken(token);
      if (!user) throw new Error('unknown token');
      return user.id;
    },
  };
}

/** An emulator of one of the a-jobs-spec-needs*.yaml scenarios (debug traces, mid-run artifacts). */
export function needsWorld(scenario: ScenarioInput | string): Emulator {
  return createEmulator({ scenario });
}

/** `get api(path, user), params: query` with Rails' encoding of arrays (`scope[]=a&scope[]=b`). */
export function get(
  emulator: Emulator,
  path: string,
  token: string | undefined,
  query: Record<string, string | number | string[]> = {},
): Promise<CallResult> {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value) search.append(`${key}[]`, item);
    else search.append(key, String(value));
  }
  const encoded = search.toString();
  const suffix = encoded === '' ? '' : `?${encoded}`;
  return callApi(emulator, `${path}${suffix}`, { token });
}

/** RSpec's `be_like_time`: a timestamp within a second of `ms`. */
export function expectLikeTime(value: unknown, ms: number): void {
  expect(typeof value, `expected a timestamp, got ${JSON.stringify(value)}`).toBe('string');
  expect(Math.abs(Date.parse(value as string) - ms)).toBeLessThan(1000);
}

/** GitLab's include_limited_pagination_headers matcher. */
export const LIMITED_PAGINATION_HEADERS = [
  'x-per-page',
  'x-page',
  'x-next-page',
  'x-prev-page',
  'link',
] as const;

/** GitLab's include_pagination_headers matcher. */
export const PAGINATION_HEADERS = ['x-total', 'x-total-pages', ...LIMITED_PAGINATION_HEADERS];

/** KeysetPaginationHelpers#pagination_links: the `<url>; rel="…"` entries of the Link header. */
export function paginationLinks(result: CallResult): Array<{ url: string; rel: string }> {
  const link = result.headers.get('link') ?? '';
  return link
    .split(',')
    .map((part) => /<(?<url>.*)>; rel="(?<rel>\w+)"/.exec(part)?.groups)
    .filter((groups): groups is { url: string; rel: string } => groups !== undefined)
    .map((groups) => ({ url: groups.url, rel: groups.rel }));
}

/** KeysetPaginationHelpers#pagination_params_from_next_url: the next link's query parameters. */
export function paginationParamsFromNextUrl(result: CallResult): URLSearchParams | undefined {
  const next = paginationLinks(result).find((link) => link.rel === 'next');
  return next ? new URL(next.url).searchParams : undefined;
}

/** The object at `key` of a JSON object answer. */
export function field(value: unknown, key: string): Record<string, unknown> {
  return (value as Record<string, Record<string, unknown>>)[key] as Record<string, unknown>;
}

/** The assertions of 'a job with artifacts and trace' for second_job (see a-jobs-spec.yaml). */
export function expectSecondJobArtifacts(jsonJob: Record<string, unknown>, traceSize: number) {
  const expected: Record<string, { size: number; filename: string; file_format: string }> = {
    archive: { size: 106365, filename: 'ci_build_artifacts.zip', file_format: 'zip' },
    metadata: { size: 1146, filename: 'ci_build_artifacts_metadata.gz', file_format: 'gzip' },
    junit: { size: 712, filename: 'junit.xml.gz', file_format: 'gzip' },
    trace: { size: traceSize, filename: 'job.log', file_format: 'raw' },
  };
  const artifactsFile = jsonJob.artifacts_file as Record<string, unknown> | null | undefined;
  expect(artifactsFile).toBeTruthy();
  expect(Object.keys(artifactsFile ?? {}).length).toBeGreaterThan(0);
  expect(artifactsFile?.filename).toBe('ci_build_artifacts.zip');
  expect(artifactsFile?.size).toBe(106365);
  const artifacts = jsonJob.artifacts as Array<Record<string, unknown>>;
  expect(Array.isArray(artifacts)).toBe(true);
  expect(artifacts).toHaveLength(Object.keys(expected).length);
  for (const artifact of artifacts) {
    expect(artifact).toBeTruthy();
    const want = expected[String(artifact.file_type)];
    expect(want, `unexpected artifact ${String(artifact.file_type)}`).toBeDefined();
    expect(artifact.size).toBe(want?.size);
    expect(artifact.filename).toBe(want?.filename);
    expect(artifact.file_format).toBe(want?.file_format);
  }
}
