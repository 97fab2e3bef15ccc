// GET /projects/:id/jobs/:job_id — one job of a project.
// https://docs.gitlab.com/ee/api/jobs.html#get-a-single-job
import { presentJob } from '../present/present-job.js';
import type { ApiRoute } from './api-route.js';
import { findProjectJob, JOB_ID_PARAM, readJobId } from './find-project-job.js';
import { loadProject } from './load-project.js';

/** The single job endpoint (builds only: a bridge id answers 404, as GitLab's find_build! does). */
export const getJobRoute: ApiRoute = {
  method: 'GET',
  path: '/projects/:id/jobs/:job_id',
  jobTokens: 'never',
  params: [JOB_ID_PARAM],
  handle(context) {
    const jobId = readJobId(context);
    const project = loadProject(context, 'read');
    const job = findProjectJob(context, project, jobId, 'builds');
    return context.c.json(presentJob(context.present, job));
  },
};
