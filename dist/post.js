import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);
import {
  JobParamsSchema,
  JobSchema,
  STARTED_JOB_STATE,
  createActionsReporter,
  createStepClient,
  decodeStartedJob,
  getJob,
  getState,
  isFinishedStatus,
  jobPath,
  parseParams,
  parseStepInputs,
  postJobAction,
  readActionInputs,
  resolveEnvironmentInputs
} from "./chunks/chunk-E7464KU6.js";

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

// src/action/post-main.ts
async function runPost() {
  const reporter = createActionsReporter();
  const started = decodeStartedJob(getState(STARTED_JOB_STATE));
  if (!started) {
    reporter.info("No GitLab job was started by this step with cancel-on-abort: nothing to cancel");
    return;
  }
  try {
    const raw = readActionInputs();
    if (raw.token) reporter.setSecret(raw.token);
    const inputs = parseStepInputs(resolveEnvironmentInputs(raw, process.env));
    await cancelStartedJob(createStepClient(inputs), started, reporter);
  } catch (error) {
    reporter.warning(
      `Could not cancel GitLab job ${started.jobId}: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}

// src/action/post.ts
await runPost();
