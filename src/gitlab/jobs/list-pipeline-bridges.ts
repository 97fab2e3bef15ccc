// GET /projects/:id/pipelines/:pipeline_id/bridges — https://docs.gitlab.com/ee/api/jobs.html#list-pipeline-bridges
import * as v from 'valibot';
import type { GitLabClient } from '../client.js';
import { type PagedList, paginate } from '../pagination.js';
import {
  IdParamSchema,
  ListOptionsEntries,
  ProjectRefParamSchema,
} from '../params/param-schemas.js';
import { parseParams } from '../params/parse-params.js';
import type { Bridge } from '../schemas/bridge.js';
import { jobListEndpoint } from './job-list-endpoint.js';
import { listQuery } from './list-query.js';

/** Parameters of `listPipelineBridges`. */
export const ListPipelineBridgesParamsSchema = v.strictObject({
  project: ProjectRefParamSchema,
  pipelineId: IdParamSchema,
  ...ListOptionsEntries,
});

/** Parameters of `listPipelineBridges`. */
export type ListPipelineBridgesParams = v.InferInput<typeof ListPipelineBridgesParamsSchema>;

/** Lists a pipeline's bridge (trigger) jobs with their downstream pipelines, lazily page by page. */
export function listPipelineBridges(
  client: GitLabClient,
  params: ListPipelineBridgesParams,
): PagedList<Bridge> {
  const p = parseParams(ListPipelineBridgesParamsSchema, params, 'listPipelineBridges');
  return paginate(client, {
    ...jobListEndpoint({
      list: 'listPipelineBridges',
      project: p.project,
      pipelineId: p.pipelineId,
    }),
    query: listQuery(p.scope),
    perPage: p.perPage,
    maxItems: p.maxItems,
    maxPages: p.maxPages,
    signal: p.signal,
    deadline: p.deadline,
  });
}
