// POST /projects/:id/jobs/:job_id/erase — removes a finished job's log and artifacts.
// https://docs.gitlab.com/ee/api/jobs.html#erase-a-job
import { forbidden } from '../http/api-error.js';
import { presentJob } from '../present/present-job.js';
import { canEraseJob } from '../state/access.js';
import { eraseJob } from '../state/erase-job.js';
import { actingUserId } from './acting-user-id.js';
import type { ApiRoute } from './api-route.js';
import { findProjectJob, JOB_ID_PARAM, readJobId } from './find-project-job.js';
import { loadProject } from './load-project.js';

/** The erase endpoint: maintainers, or the developer who ran the job; 403 if not erasable. */
export const eraseJobRoute: ApiRoute = {
  method: 'POST',
  path: '/projects/:id/jobs/:job_id/erase',
  jobTokens: 'never',
  params: [JOB_ID_PARAM],
  handle(context) {
    const jobId = readJobId(context);
    // lib/api/ci/jobs.rb: find_build! (404) before authorize!(:erase_build, build) (403).
    const project = loadProject(context, 'visible');
    const job = findProjectJob(context, project, jobId, 'builds');
    if (!canEraseJob(context.state, project, context.identity.user, job)) throw forbidden();
    if (!eraseJob(context.state, job, context.now, actingUserId(context.identity))) {
      throw forbidden('Job is not erasable!');
    }
    return context.c.json(presentJob(context.present, job), 201);
  },
};
