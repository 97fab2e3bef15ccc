// GET /projects/:id/jobs — https://docs.gitlab.com/ee/api/jobs.html#list-project-jobs
import * as v from 'valibot';
import type { GitLabClient } from '../client.js';
import { type PagedList, paginate } from '../pagination.js';
import { ListOptionsEntries, ProjectRefParamSchema } from '../params/param-schemas.js';
import { parseParams } from '../params/parse-params.js';
import type { Job } from '../schemas/job.js';
import { jobListEndpoint } from './job-list-endpoint.js';
import { listQuery } from './list-query.js';

/** Parameters of `listProjectJobs`. */
export const ListProjectJobsParamsSchema = v.strictObject({
  project: ProjectRefParamSchema,
  /** `keyset` (default: GitLab's efficient mode, no offset limit) or `offset`. */
  pagination: v.optional(v.picklist(['keyset', 'offset']), 'keyset'),
  ...ListOptionsEntries,
});

/** Parameters of `listProjectJobs`. */
export type ListProjectJobsParams = v.InferInput<typeof ListProjectJobsParamsSchema>;

/**
 * Lists a project's jobs, newest first, lazily page by page. GitLab sends no totals here, so
 * the iteration follows `link rel="next"`; keyset pagination is used unless the server refuses it.
 */
export function listProjectJobs(
  client: GitLabClient,
  params: ListProjectJobsParams,
): PagedList<Job> {
  const p = parseParams(ListProjectJobsParamsSchema, params, 'listProjectJobs');
  return paginate(client, {
    ...jobListEndpoint({ list: 'listProjectJobs', project: p.project }),
    query: listQuery(p.scope),
    perPage: p.perPage,
    maxItems: p.maxItems,
    maxPages: p.maxPages,
    keyset: p.pagination === 'keyset',
    signal: p.signal,
    deadline: p.deadline,
  });
}
