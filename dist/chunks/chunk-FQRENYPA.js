import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  postJobAction
} from "./chunk-ZPTZNYZA.js";
import {
  JobParamsSchema,
  getJob
} from "./chunk-OBXJ5AND.js";
import {
  JobSchema,
  jobPath,
  parseParams
} from "./chunk-G7Q4FV4K.js";
import {
  isFinishedStatus
} from "./chunk-HG77K7LZ.js";

// src/gitlab/jobs/cancel-job.ts
async function cancelJob(client, params) {
  const p = parseParams(JobParamsSchema, params, "cancelJob");
  return postJobAction(
    client,
    {
      operation: "cancelJob",
      route: "POST /projects/:id/jobs/:job_id/cancel",
      path: jobPath(p.project, p.jobId, "cancel"),
      signal: p.signal,
      deadline: p.deadline
    },
    JobSchema,
    p,
    async (target) => {
      const job = await getJob(client, target);
      const settled = job.status === "canceling" || isFinishedStatus(job.status);
      return settled ? job : void 0;
    }
  );
}

// src/steps/cancel-started-job.ts
var CANCEL_TIMEOUT_MS = 3e4;
async function cancelStartedJob(client, started, reporter) {
  const deadline = Date.now() + CANCEL_TIMEOUT_MS;
  const job = await getJob(client, { project: started.project, jobId: started.jobId, deadline });
  if (isFinishedStatus(job.status) || job.status === "manual" || job.status === "canceling") {
    reporter.info(`Job ${job.id} is ${job.status}: nothing to cancel`);
    return job.status;
  }
  const canceled = await cancelJob(client, {
    project: started.project,
    jobId: started.jobId,
    deadline
  });
  reporter.info(
    `Canceled job ${canceled.id} ${JSON.stringify(canceled.name)}: now ${canceled.status}`
  );
  return canceled.status;
}

export {
  cancelJob,
  cancelStartedJob
};
