import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  jobListEndpoint,
  listQuery,
  paginate
} from "./chunk-YBZB3JSA.js";
import {
  IdParamSchema,
  ListOptionsEntries,
  ProjectRefParamSchema,
  parseParams
} from "./chunk-G7Q4FV4K.js";
import {
  strictObject
} from "./chunk-HG77K7LZ.js";

// src/gitlab/jobs/list-pipeline-bridges.ts
var ListPipelineBridgesParamsSchema = strictObject({
  project: ProjectRefParamSchema,
  pipelineId: IdParamSchema,
  ...ListOptionsEntries
});
function listPipelineBridges(client, params) {
  const p = parseParams(ListPipelineBridgesParamsSchema, params, "listPipelineBridges");
  return paginate(client, {
    ...jobListEndpoint({
      list: "listPipelineBridges",
      project: p.project,
      pipelineId: p.pipelineId
    }),
    query: listQuery(p.scope),
    perPage: p.perPage,
    maxItems: p.maxItems,
    maxPages: p.maxPages,
    signal: p.signal,
    deadline: p.deadline
  });
}

export {
  listPipelineBridges
};
