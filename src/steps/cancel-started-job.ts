// Cancels the GitLab job a step started, when the run that started it was cancelled.
import type { GitLabClient } from '../gitlab/client.js';
import { cancelJob } from '../gitlab/jobs/cancel-job.js';
import { getJob } from '../gitlab/jobs/get-job.js';
import { isFinishedStatus } from '../gitlab/schemas/job-status.js';
import type { StartedJob } from './started-job-state.js';
import type { StepReporter } from './step-reporter.js';

/** How long the clean-up may take: the runner kills a post step that lingers. */
const CANCEL_TIMEOUT_MS = 30_000;

/**
 * Cancels `started` unless it already finished (a finished job is left alone, and so is one
 * that waits in `manual`: it will not run by itself). Returns the status it left the job in.
 */
export async function cancelStartedJob(
  client: GitLabClient,
  started: StartedJob,
  reporter: StepReporter,
): Promise<string> {
  const deadline = Date.now() + CANCEL_TIMEOUT_MS;
  const job = await getJob(client, { project: started.project, jobId: started.jobId, deadline });
  if (isFinishedStatus(job.status) || job.status === 'manual' || job.status === 'canceling') {
    reporter.info(`Job ${job.id} is ${job.status}: nothing to cancel`);
    return job.status;
  }
  const canceled = await cancelJob(client, {
    project: started.project,
    jobId: started.jobId,
    deadline,
  });
  reporter.info(
    `Canceled job ${canceled.id} ${JSON.stringify(canceled.name)}: now ${canceled.status}`,
  );
  return canceled.status;
}
