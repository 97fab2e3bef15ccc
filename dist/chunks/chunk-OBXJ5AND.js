import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  CallOptionsEntries,
  IdParamSchema,
  JobSchema,
  ProjectRefParamSchema,
  jobPath,
  parseParams,
  requestEntity
} from "./chunk-G7Q4FV4K.js";
import {
  strictObject
} from "./chunk-HG77K7LZ.js";

// src/gitlab/jobs/job-params.ts
var JobParamsSchema = strictObject({
  project: ProjectRefParamSchema,
  jobId: IdParamSchema,
  ...CallOptionsEntries
});
var CallOptionsSchema = strictObject({ ...CallOptionsEntries });

// src/gitlab/jobs/get-job.ts
async function getJob(client, params) {
  const p = parseParams(JobParamsSchema, params, "getJob");
  return requestEntity(
    client,
    {
      operation: "getJob",
      route: "GET /projects/:id/jobs/:job_id",
      method: "GET",
      path: jobPath(p.project, p.jobId),
      signal: p.signal,
      deadline: p.deadline
    },
    JobSchema
  );
}

export {
  JobParamsSchema,
  CallOptionsSchema,
  getJob
};
