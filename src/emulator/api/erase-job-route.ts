// POST /projects/:id/jobs/:job_id/erase — removes a finished job's log and artifacts.
// https://docs.gitlab.com/ee/api/jobs.html#erase-a-job
import { forbidden } from '../http/api-error.js';
import { presentJob } from '../present/present-job.js';
import { canEraseJob } from '../state/access.js';
import { eraseJob } from '../state/erase-job.js';
import { actingUserId } from './acting-user-id.js';
import type { ApiRoute } from './api-route.js';
import { findProjectJob, readJobId } from './find-project-job.js';
import { loadProject } from './load-project.js';

/** The erase endpoint: maintainers, or the developer who ran the job; 403 if not erasable. */
export const eraseJobRoute: ApiRoute = {
  method: 'POST',
  path: '/projects/:id/jobs/:job_id/erase',
  jobTokens: 'never',
  handle(context) {
    const jobId = readJobId(context);
    const project = loadProject(context, 'update');
    const job = findProjectJob(context, project, jobId, 'builds');
    if (!canEraseJob(project, context.identity.user, job)) throw forbidden();
    if (!eraseJob(context.state, job, context.now, actingUserId(context.identity))) {
      throw forbidden('Job is not erasable!');
    }
    return context.c.json(presentJob(context.present, job), 201);
  },
};
