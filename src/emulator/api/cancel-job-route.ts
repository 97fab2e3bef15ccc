// POST /projects/:id/jobs/:job_id/cancel — cancels a job; 201 with the job, whatever its status.
// https://docs.gitlab.com/ee/api/jobs.html#cancel-a-job
import { forbidden } from '../http/api-error.js';
import { isRubyTruthy } from '../http/ruby-coercion.js';
import { presentJob } from '../present/present-job.js';
import { accessLevel, canWriteJob } from '../state/access.js';
import { ACCESS_LEVELS } from '../state/access-levels.js';
import { cancelJob, forceCancelJob } from '../state/cancel-job.js';
import type { ApiRoute } from './api-route.js';
import { findProjectJob, JOB_ID_PARAM, readJobId } from './find-project-job.js';
import { loadProject } from './load-project.js';

/**
 * The cancel endpoint: 201 with the job whatever it did (a finished job comes back unchanged).
 * With `force` (any Ruby-true value), a maintainer moves a `canceling` job to `canceled`.
 */
export const cancelJobRoute: ApiRoute = {
  method: 'POST',
  path: '/projects/:id/jobs/:job_id/cancel',
  jobTokens: 'never',
  params: [JOB_ID_PARAM, { name: 'force', type: 'boolean' }],
  handle(context) {
    const jobId = readJobId(context);
    const project = loadProject(context, 'update');
    const job = findProjectJob(context, project, jobId, 'builds');
    // authorize!(:cancel_build, build): BuildPolicy, so a protected ref needs push or merge rights.
    if (!canWriteJob(context.state, project, context.identity.user, job)) throw forbidden();
    if (isRubyTruthy(context.params.force)) {
      // authorize!(:maintainer_access, build): the project's maintainers (and admins).
      if (accessLevel(project, context.identity.user) < ACCESS_LEVELS.maintainer) throw forbidden();
      forceCancelJob(context.state, job, context.now);
    } else {
      cancelJob(context.state, job, context.now);
    }
    return context.c.json(presentJob(context.present, job), 201);
  },
};
