// GET /projects/:id/jobs — a project's jobs, newest first, paginated without counts (or by keyset).
// https://docs.gitlab.com/ee/api/jobs.html#list-project-jobs
import { apiError } from '../http/api-error.js';
import { PAGINATION_PARAMS } from '../http/declared-params.js';
import { paginateKeyset } from '../http/keyset-pagination.js';
import { paginateOffset, readPageRequest } from '../http/offset-pagination.js';
import { presentJob } from '../present/present-job.js';
import type { ApiRoute } from './api-route.js';
import { loadProject } from './load-project.js';

/**
 * GitLab's offset limit for Ci::Build lists (plan_limits.offset_pagination_limit, 50,000). It is
 * enforced only behind the ops flag `enforce_ci_builds_pagination_limit`, off by default: the
 * emulator enforces it only when a scenario sets `server.enforceOffsetLimit`.
 */
export const OFFSET_LIMIT = 50_000;

/** The project jobs list endpoint. */
export const listProjectJobsRoute: ApiRoute = {
  method: 'GET',
  path: '/projects/:id/jobs',
  jobTokens: 'lists',
  params: [{ name: 'scope', type: 'scope', hashes: 'values' }, ...PAGINATION_PARAMS],
  handle(context) {
    const { c, params, state } = context;
    const scope = params.scope as string[] | undefined;
    const page = readPageRequest(params);
    const project = loadProject(context, 'read');
    const keyset = params.pagination === 'keyset';
    // Cursor-based keyset pagination of Ci::Build supports only id descending.
    if (keyset && ((params.order_by ?? 'id') !== 'id' || (params.sort ?? 'desc') !== 'desc')) {
      throw apiError(405, {
        error: 'Keyset pagination is not yet available for this type of request',
      });
    }
    // The check multiplies the params as asked (per_page=1000 counts as 1000, not 100).
    const asked = Number(params.page) * Number(params.per_page);
    if (!keyset && state.settings.enforceOffsetLimit && asked > OFFSET_LIMIT) {
      throw apiError(405, {
        error: `Offset pagination has a maximum allowed offset of ${OFFSET_LIMIT} for requests that return objects of type Ci::Build. Remaining records can be retrieved using keyset pagination.`,
      });
    }
    // Bridges are not builds: they never appear in this list.
    const jobs = [...state.jobs.values()]
      .filter((job) => job.projectId === project.id && job.kind === 'build')
      .filter((job) => !scope || scope.includes(job.status))
      .sort((a, b) => b.id - a.id);
    const cursor = typeof params.cursor === 'string' ? params.cursor : undefined;
    const slice = keyset
      ? paginateKeyset(c, jobs, page, cursor)
      : paginateOffset(c, jobs, page, false);
    return c.json(slice.map((job) => presentJob(context.present, job)));
  },
};
