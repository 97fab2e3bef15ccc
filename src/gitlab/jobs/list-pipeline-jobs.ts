// GET /projects/:id/pipelines/:pipeline_id/jobs — https://docs.gitlab.com/ee/api/jobs.html#list-pipeline-jobs
import * as v from 'valibot';
import type { GitLabClient } from '../client.js';
import { type PagedList, paginate } from '../pagination.js';
import {
  IdParamSchema,
  ListOptionsEntries,
  ProjectRefParamSchema,
} from '../params/param-schemas.js';
import { parseParams } from '../params/parse-params.js';
import type { Job } from '../schemas/job.js';
import { jobListEndpoint } from './job-list-endpoint.js';
import { listQuery } from './list-query.js';

/** Parameters of `listPipelineJobs`. */
export const ListPipelineJobsParamsSchema = v.strictObject({
  project: ProjectRefParamSchema,
  pipelineId: IdParamSchema,
  /** Include jobs that were retried (hidden by default since GitLab 13.5). */
  includeRetried: v.optional(v.boolean('must be true or false')),
  ...ListOptionsEntries,
});

/** Parameters of `listPipelineJobs`. */
export type ListPipelineJobsParams = v.InferInput<typeof ListPipelineJobsParamsSchema>;

/** Lists a pipeline's jobs (child pipelines too), newest first, lazily page by page. */
export function listPipelineJobs(
  client: GitLabClient,
  params: ListPipelineJobsParams,
): PagedList<Job> {
  const p = parseParams(ListPipelineJobsParamsSchema, params, 'listPipelineJobs');
  return paginate(client, {
    ...jobListEndpoint({ list: 'listPipelineJobs', project: p.project, pipelineId: p.pipelineId }),
    query: listQuery(p.scope, p.includeRetried),
    perPage: p.perPage,
    maxItems: p.maxItems,
    maxPages: p.maxPages,
    signal: p.signal,
    deadline: p.deadline,
  });
}
