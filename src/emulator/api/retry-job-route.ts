// POST /projects/:id/jobs/:job_id/retry — retries a job: 201 with the NEW job, or 403.
// https://docs.gitlab.com/ee/api/jobs.html#retry-a-job
import { forbidden } from '../http/api-error.js';
import { presentBridgeAsJob } from '../present/present-bridge-as-job.js';
import { presentJob } from '../present/present-job.js';
import { canWriteJob } from '../state/access.js';
import { retryJob } from '../state/retry-job.js';
import { actingUserId } from './acting-user-id.js';
import type { ApiRoute } from './api-route.js';
import { findProjectJob, JOB_ID_PARAM, readJobId } from './find-project-job.js';
import { loadProject } from './load-project.js';

/** The retry endpoint; works on bridges too (GitLab's find_job!). */
export const retryJobRoute: ApiRoute = {
  method: 'POST',
  path: '/projects/:id/jobs/:job_id/retry',
  jobTokens: 'never',
  params: [JOB_ID_PARAM],
  handle(context) {
    const jobId = readJobId(context);
    // lib/api/ci/jobs.rb: find_job! (404) before authorize!(:retry_job, job) (403).
    const project = loadProject(context, 'visible');
    const job = findProjectJob(context, project, jobId, 'builds-and-bridges');
    if (!canWriteJob(context.state, project, context.identity.user, job)) throw forbidden();
    const retry = retryJob(context.state, job, context.now, actingUserId(context.identity));
    if (!retry) throw forbidden('Job is not retryable');
    // `present response[:job], with: Entities::Ci::Job`, for a bridge too.
    const body =
      retry.kind === 'bridge'
        ? presentBridgeAsJob(context.present, retry)
        : presentJob(context.present, retry);
    return context.c.json(body, 201);
  },
};
