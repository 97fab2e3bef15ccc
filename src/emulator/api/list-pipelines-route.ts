// GET /projects/:id/pipelines — a project's pipelines, filtered, sorted and paginated.
// https://docs.gitlab.com/ee/api/pipelines.html#list-project-pipelines
import { forbidden, invalidParams } from '../http/api-error.js';
import { PAGINATION_PARAMS } from '../http/declared-params.js';
import { paginateOffset, readPageRequest } from '../http/offset-pagination.js';
import type { RequestParams } from '../http/read-request-params.js';
import { presentPipeline } from '../present/present-pipeline.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { SCOPE_VALUES } from '../state/job-status.js';
import { pipelineStatus, pipelineUpdatedAt } from '../state/pipeline-status.js';
import type { PipelineRecord } from '../state/records.js';
import type { ApiRoute } from './api-route.js';
import { canReadPipeline } from './find-readable-pipeline.js';
import { loadProject } from './load-project.js';

const SCOPES = ['running', 'pending', 'finished', 'branches', 'tags'];
const ORDER_BY = ['id', 'status', 'ref', 'updated_at', 'user_id'];
/** Ci::Pipeline.sources.keys. */
const SOURCES = [
  'unknown',
  'push',
  'web',
  'trigger',
  'schedule',
  'api',
  'external',
  'pipeline',
  'chat',
  'webide',
  'merge_request_event',
  'external_pull_request_event',
  'parent_pipeline',
  'ondemand_dast_scan',
  'ondemand_dast_validation',
  'security_orchestration_policy',
  'container_registry_push',
  'duo_workflow',
  'pipeline_execution_policy_schedule',
];
const DATE_PARAMS = ['updated_before', 'updated_after', 'created_before', 'created_after'] as const;

/**
 * The list endpoint (lib/api/ci/pipelines.rb, app/finders/ci/pipelines_finder.rb): read_pipeline
 * and read_build on the project (403); child pipelines left out unless `source=parent_pipeline`;
 * `scope` running, pending, finished (success, failed, canceled, skipped), or branches / tags (the
 * newest pipeline of each existing branch or tag); `status`, `source`, `ref`, `sha`, `username`
 * (an unknown one lists nothing), `name`, `yaml_errors` (none here has any), the four date bounds
 * (strictly before / after); `order_by` id (default), status, ref, updated_at or user_id, `sort`
 * desc (default) or asc, equal values newest first. PipelineBasicWithMetadata: PipelineBasic and
 * `name`.
 */
export const listPipelinesRoute: ApiRoute = {
  method: 'GET',
  path: '/projects/:id/pipelines',
  authenticate: 'non-get',
  jobTokens: 'never',
  params: [...PAGINATION_PARAMS, { name: 'yaml_errors', type: 'boolean' }],
  handle(context) {
    const { c, params, state, identity } = context;
    const dates = checkListParams(params);
    const project = loadProject(context, 'visible');
    if (!canReadPipeline(project, identity.user)) throw forbidden();
    let pipelines = [...state.pipelines.values()].filter(
      (pipeline) =>
        pipeline.projectId === project.id &&
        (pipeline.source !== 'parent_pipeline' || params.source === 'parent_pipeline'),
    );
    pipelines = byScope(state, pipelines, params.scope);
    const user = [...state.users.values()].find((each) => each.username === params.username);
    const status = (pipeline: PipelineRecord) => pipelineStatus(state, pipeline);
    const updated = (pipeline: PipelineRecord) => pipelineUpdatedAt(state, pipeline);
    pipelines = pipelines.filter(
      (pipeline) =>
        (!params.status || status(pipeline) === params.status) &&
        (!params.source || pipeline.source === params.source) &&
        (!params.ref || pipeline.ref === params.ref) &&
        (!params.sha || pipeline.sha === params.sha) &&
        (!params.username || (user !== undefined && pipeline.userId === user.id)) &&
        (!params.name || pipeline.name === params.name) &&
        params.yaml_errors !== true &&
        (dates.updated_before === undefined || updated(pipeline) < dates.updated_before) &&
        (dates.updated_after === undefined || updated(pipeline) > dates.updated_after) &&
        (dates.created_before === undefined || pipeline.createdAt < dates.created_before) &&
        (dates.created_after === undefined || pipeline.createdAt > dates.created_after),
    );
    const orderBy = typeof params.order_by === 'string' ? params.order_by : 'id';
    const direction = params.sort === 'asc' ? 1 : -1;
    const key = (pipeline: PipelineRecord): string | number | null => {
      if (orderBy === 'status') return status(pipeline);
      if (orderBy === 'ref') return pipeline.ref;
      if (orderBy === 'updated_at') return updated(pipeline);
      if (orderBy === 'user_id') return pipeline.userId;
      return pipeline.id;
    };
    pipelines.sort((a, b) => compare(key(a), key(b)) * direction || b.id - a.id);
    const page = paginateOffset(c, pipelines, readPageRequest(params), true);
    return c.json(
      page.map((pipeline) => ({
        ...presentPipeline(context.present, pipeline),
        name: pipeline.name ?? null,
      })),
    );
  },
};

// Grape's `values:` and DateTime checks, joined into one 400 in declaration order.
function checkListParams(
  params: RequestParams,
): Partial<Record<(typeof DATE_PARAMS)[number], number>> {
  const problems: string[] = [];
  const oneOf = (name: string, allowed: readonly string[] | ReadonlySet<string>) => {
    const value = params[name];
    if (value === undefined || value === null) return;
    const ok =
      typeof value === 'string' &&
      (Array.isArray(allowed)
        ? allowed.includes(value)
        : (allowed as ReadonlySet<string>).has(value));
    if (!ok) problems.push(`${name} does not have a valid value`);
  };
  oneOf('scope', SCOPES);
  oneOf('status', SCOPE_VALUES);
  for (const name of ['ref', 'sha', 'username'])
    if (params[name] !== undefined && typeof params[name] !== 'string')
      problems.push(`${name} is invalid`);
  const dates: Partial<Record<(typeof DATE_PARAMS)[number], number>> = {};
  for (const name of DATE_PARAMS) {
    const value = params[name];
    if (value === undefined || value === null) continue;
    const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(time)) problems.push(`${name} is invalid`);
    else dates[name] = time;
  }
  oneOf('order_by', ORDER_BY);
  oneOf('sort', ['asc', 'desc']);
  oneOf('source', SOURCES);
  if (problems.length > 0) throw invalidParams(problems.join(', '));
  return dates;
}

// PipelinesFinder#by_scope.
function byScope(
  state: EmulatorState,
  pipelines: PipelineRecord[],
  scope: unknown,
): PipelineRecord[] {
  const status = (pipeline: PipelineRecord) => pipelineStatus(state, pipeline);
  if (scope === 'running' || scope === 'pending')
    return pipelines.filter((pipeline) => status(pipeline) === scope);
  if (scope === 'finished')
    return pipelines.filter((pipeline) =>
      ['success', 'failed', 'canceled', 'skipped'].includes(status(pipeline)),
    );
  if (scope !== 'branches' && scope !== 'tags') return pipelines;
  const tag = scope === 'tags';
  const setup = state.pipelineSetups.get(pipelines[0]?.projectId ?? -1);
  const refs = new Set(tag ? setup?.tags : setup?.branches);
  const newest = new Map<string, PipelineRecord>();
  for (const pipeline of pipelines) {
    if (pipeline.tag !== tag || !refs.has(pipeline.ref)) continue;
    const seen = newest.get(pipeline.ref);
    if (!seen || pipeline.id > seen.id) newest.set(pipeline.ref, pipeline);
  }
  return [...newest.values()];
}

// SQL ordering: NULLs sort as the largest value (PostgreSQL's default).
function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
