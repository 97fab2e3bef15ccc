// Support for the ports of GitLab's jobs and pipelines request specs: worlds, calls, lookups.
import { expect } from 'vitest';
import type { Emulator } from '../../../src/emulator/create-emulator.js';
import type { ProjectRecord } from '../../../src/emulator/state/records.js';
import { type CallResult, callApi } from '../support/call-api.js';
import { emulatorFor, jobNamed } from '../support/world.js';

/** An emulator serving a scenario of test/fixtures/emulator/gitlab-specs. */
export function specWorld(fixture: string): Emulator {
  return emulatorFor(`gitlab-specs/${fixture}`);
}

/** `post api(path, user)`, with params sent as Rails sends them (form-encoded); no token = anonymous. */
export function post(
  emulator: Emulator,
  path: string,
  token: string | undefined,
  params?: URLSearchParams,
): Promise<CallResult> {
  return callApi(emulator, path, { method: 'POST', token, body: params });
}

/** `get api(path, user), params: query`; no token = anonymous. */
export function get(
  emulator: Emulator,
  path: string,
  token: string | undefined,
  query?: URLSearchParams,
): Promise<CallResult> {
  const search = query && [...query.keys()].length > 0 ? `?${query.toString()}` : '';
  return callApi(emulator, `${path}${search}`, { token });
}

/** The id of the newest job (or bridge) with that name in the project. */
export function jobId(emulator: Emulator, projectPath: string, name: string): number {
  return jobNamed(emulator, projectPath, name).id;
}

/** The id of the pipeline that holds the named job. */
export function pipelineIdOf(emulator: Emulator, projectPath: string, jobName: string): number {
  const job = emulator.state.jobs.get(jobId(emulator, projectPath, jobName));
  if (!job) throw new Error(`no job ${jobName} in ${projectPath}`);
  return job.pipelineId;
}

/** The emulator's record of a job, as `job.reload` reads it. */
export function jobRecord(emulator: Emulator, id: number) {
  const job = emulator.state.jobs.get(id);
  if (!job) throw new Error(`no job ${id}`);
  return job;
}

/** The id of the user a personal token belongs to. */
export function userIdOf(emulator: Emulator, token: string): number {
  const user = emulator.state.userByPersonalToken(token);
  if (!user) throw new Error('unknown token');
  return user.id;
}

/**
 * `project.update!(public_builds: …)` / `update!(visibility_level: …)` in a before block: the
 * emulator's record of the project changes, as GitLab's row would.
 */
export function updateProject(
  emulator: Emulator,
  projectPath: string,
  changes: Partial<Pick<ProjectRecord, 'publicBuilds' | 'visibility'>>,
): void {
  const project = emulator.state.findProject(projectPath);
  if (!project) throw new Error(`no project ${projectPath}`);
  Object.assign(project, changes);
}

/** `project.add_guest(user)` and the like: the user's access level in the project becomes `level`. */
export function setAccessLevel(
  emulator: Emulator,
  projectPath: string,
  token: string,
  level: number,
): void {
  const project = emulator.state.findProject(projectPath);
  if (!project) throw new Error(`no project ${projectPath}`);
  project.members.set(userIdOf(emulator, token), level);
}

/** GitLab's include_pagination_headers matcher (include_limited_… without the two totals). */
export function expectPaginationHeaders(result: CallResult, limited = false): void {
  const names = ['X-Per-Page', 'X-Page', 'X-Next-Page', 'X-Prev-Page', 'Link'];
  if (!limited) names.push('X-Total', 'X-Total-Pages');
  for (const name of names) expect(result.headers.get(name), name).not.toBeNull();
}

/** The body as a JSON object. */
export function objectOf(result: CallResult): Record<string, unknown> {
  expect(result.body).toBeTypeOf('object');
  expect(Array.isArray(result.body)).toBe(false);
  return result.body as Record<string, unknown>;
}

/** The body as a JSON array (`expect(json_response).to be_an Array`). */
export function listOf(result: CallResult): Array<Record<string, unknown>> {
  expect(Array.isArray(result.body)).toBe(true);
  return result.body as Array<Record<string, unknown>>;
}
