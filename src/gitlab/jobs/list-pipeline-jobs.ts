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
import { type Job, JobSchema } from '../schemas/job.js';
import { pipelinePath } from './job-path.js';
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
    operation: 'listPipelineJobs',
    route: 'GET /projects/:id/pipelines/:pipeline_id/jobs',
    path: pipelinePath(p.project, p.pipelineId, 'jobs'),
    query: listQuery(p.scope, p.includeRetried),
    itemSchema: JobSchema,
    perPage: p.perPage,
    maxItems: p.maxItems,
    maxPages: p.maxPages,
    signal: p.signal,
    deadline: p.deadline,
  });
}
