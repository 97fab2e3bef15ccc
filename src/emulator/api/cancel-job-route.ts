// POST /projects/:id/jobs/:job_id/cancel — cancels a job; 201 with the job, whatever its status.
// https://docs.gitlab.com/ee/api/jobs.html#cancel-a-job
import { presentJob } from '../present/present-job.js';
import { cancelJob } from '../state/cancel-job.js';
import type { ApiRoute } from './api-route.js';
import { findProjectJob, readJobId } from './find-project-job.js';
import { loadProject } from './load-project.js';

/** The cancel endpoint: finished and manual jobs come back unchanged, still with 201. */
export const cancelJobRoute: ApiRoute = {
  method: 'POST',
  path: '/projects/:id/jobs/:job_id/cancel',
  jobTokens: 'never',
  handle(context) {
    const jobId = readJobId(context);
    const project = loadProject(context, 'update');
    const job = findProjectJob(context, project, jobId, 'builds');
    cancelJob(context.state, job, context.now);
    return context.c.json(presentJob(context.present, job), 201);
  },
};
