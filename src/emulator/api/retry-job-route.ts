// POST /projects/:id/jobs/:job_id/retry — retries a job: 201 with the NEW job, or 403.
// https://docs.gitlab.com/ee/api/jobs.html#retry-a-job
import { forbidden } from '../http/api-error.js';
import { presentJob } from '../present/present-job.js';
import { retryJob } from '../state/retry-job.js';
import { actingUserId } from './acting-user-id.js';
import type { ApiRoute } from './api-route.js';
import { findProjectJob, readJobId } from './find-project-job.js';
import { loadProject } from './load-project.js';

/** The retry endpoint; works on bridges too (GitLab's find_job!). */
export const retryJobRoute: ApiRoute = {
  method: 'POST',
  path: '/projects/:id/jobs/:job_id/retry',
  jobTokens: 'never',
  handle(context) {
    const jobId = readJobId(context);
    const project = loadProject(context, 'update');
    const job = findProjectJob(context, project, jobId, 'builds-and-bridges');
    const retry = retryJob(context.state, job, context.now, actingUserId(context.identity));
    if (!retry) throw forbidden('Job is not retryable');
    return context.c.json(presentJob(context.present, retry), 201);
  },
};
