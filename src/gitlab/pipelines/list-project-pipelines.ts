// GET /projects/:id/pipelines — https://docs.gitlab.com/ee/api/pipelines.html#list-project-pipelines
import * as v from 'valibot';
import type { GitLabClient } from '../client.js';
import { hasControlCharacter } from '../has-control-character.js';
import { type PagedList, paginate } from '../pagination.js';
import {
  BoundParamSchema,
  CallOptionsEntries,
  PerPageParamSchema,
  ProjectRefParamSchema,
} from '../params/param-schemas.js';
import { parseParams } from '../params/parse-params.js';
import { type PipelineBasic, PipelineBasicSchema } from '../schemas/pipeline-basic.js';
import { PipelineStatusSchema } from '../schemas/pipeline-status.js';
import { pipelineEndpointPath } from './pipeline-endpoint-path.js';
import { RefParamSchema } from './pipeline-params.js';

// An ISO 8601 time or a Date, sent as ISO 8601 (GitLab's `type: DateTime` parameters).
const TimeParamSchema = v.pipe(
  v.union(
    [v.pipe(v.string(), v.isoTimestamp()), v.date()],
    'must be an ISO 8601 time such as 2026-01-31T08:00:00Z, or a Date',
  ),
  v.transform((time) => new Date(time)),
  v.check((time) => !Number.isNaN(time.getTime()), 'must be a valid time'),
  v.transform((time) => time.toISOString()),
);

// A word GitLab checks against its own list (a pipeline source or a username).
const WordParamSchema = v.pipe(
  v.string('must be a string'),
  v.nonEmpty('is empty'),
  v.check((word) => !hasControlCharacter(word), 'contains control characters'),
);

/** Parameters of `listProjectPipelines`. */
export const ListProjectPipelinesParamsSchema = v.strictObject({
  project: ProjectRefParamSchema,
  ref: v.optional(RefParamSchema),
  /** A full commit SHA: GitLab matches it exactly. */
  sha: v.optional(
    v.pipe(
      v.string('must be a full commit SHA'),
      v.regex(
        /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i,
        'must be a full commit SHA (40 or 64 hex digits)',
      ),
    ),
  ),
  status: v.optional(PipelineStatusSchema),
  /** How the pipelines were started: `push`, `web`, `api`, `trigger`, `pipeline`, `schedule`, `parent_pipeline`, … */
  source: v.optional(WordParamSchema),
  scope: v.optional(
    v.picklist(
      ['running', 'pending', 'finished', 'branches', 'tags'],
      'must be one of running, pending, finished, branches, tags',
    ),
  ),
  /** The username of the user who started the pipelines. */
  username: v.optional(WordParamSchema),
  name: v.optional(WordParamSchema),
  updatedAfter: v.optional(TimeParamSchema),
  updatedBefore: v.optional(TimeParamSchema),
  createdAfter: v.optional(TimeParamSchema),
  createdBefore: v.optional(TimeParamSchema),
  /** Default `id`. */
  orderBy: v.optional(
    v.picklist(
      ['id', 'status', 'ref', 'updated_at', 'user_id'],
      'must be one of id, status, ref, updated_at, user_id',
    ),
  ),
  /** Default `desc`: newest first. */
  sort: v.optional(v.picklist(['asc', 'desc'], 'must be asc or desc')),
  perPage: v.optional(PerPageParamSchema, 100),
  maxItems: v.optional(BoundParamSchema),
  maxPages: v.optional(BoundParamSchema),
  ...CallOptionsEntries,
});

/** Parameters of `listProjectPipelines`. */
export type ListProjectPipelinesParams = v.InferInput<typeof ListProjectPipelinesParamsSchema>;

// Parameter name → GitLab's query name, in the order they are sent.
const QUERY_NAMES = {
  ref: 'ref',
  sha: 'sha',
  status: 'status',
  source: 'source',
  scope: 'scope',
  username: 'username',
  name: 'name',
  updatedAfter: 'updated_after',
  updatedBefore: 'updated_before',
  createdAfter: 'created_after',
  createdBefore: 'created_before',
  orderBy: 'order_by',
  sort: 'sort',
} as const;

/**
 * Lists a project's pipelines, newest first unless `orderBy`/`sort` say otherwise, lazily page
 * by page (offset pagination). Child pipelines are left out unless `source: 'parent_pipeline'`.
 */
export function listProjectPipelines(
  client: GitLabClient,
  params: ListProjectPipelinesParams,
): PagedList<PipelineBasic> {
  const p = parseParams(ListProjectPipelinesParamsSchema, params, 'listProjectPipelines');
  const query = new URLSearchParams();
  for (const [param, name] of Object.entries(QUERY_NAMES)) {
    const value = p[param as keyof typeof QUERY_NAMES];
    if (value !== undefined) query.set(name, value);
  }
  return paginate(client, {
    operation: 'listProjectPipelines',
    route: 'GET /projects/:id/pipelines',
    path: pipelineEndpointPath(p.project, 'pipelines'),
    query,
    itemSchema: PipelineBasicSchema,
    perPage: p.perPage,
    maxItems: p.maxItems,
    maxPages: p.maxPages,
    signal: p.signal,
    deadline: p.deadline,
  });
}
