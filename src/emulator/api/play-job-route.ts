// POST /projects/:id/jobs/:job_id/play — starts a manual job (200, not 201), with variables.
// https://docs.gitlab.com/ee/api/jobs.html#run-a-job
import { badRequest, forbidden } from '../http/api-error.js';
import { presentJob } from '../present/present-job.js';
import { canSetPipelineVariables, canUpdateDownstream, canWriteJob } from '../state/access.js';
import { isPlayable, playJob } from '../state/play-job.js';
import type { ApiRoute } from './api-route.js';
import { findProjectJob, JOB_ID_PARAM, readJobId } from './find-project-job.js';
import { loadProject } from './load-project.js';
import { checkVariableKeys, readJobVariables } from './read-job-variables.js';

/**
 * The play endpoint. A job that is not waiting to be played (a second play, a `created` job
 * whose needs are unfinished) gets `400 Unplayable Job`; a finished manual job is retried, and
 * the answer is still the job that was named, not the new one: lib/api/ci/jobs.rb calls
 * `job.play(current_user, ...)` and then `present job`, whatever `play` returned.
 */
export const playJobRoute: ApiRoute = {
  method: 'POST',
  path: '/projects/:id/jobs/:job_id/play',
  jobTokens: 'never',
  params: [JOB_ID_PARAM, { name: 'job_variables_attributes', type: 'key-value-array' }],
  handle(context) {
    const { state, identity, now } = context;
    const jobId = readJobId(context);
    const variables = readJobVariables(context.params);
    const project = loadProject(context, 'read');
    const job = findProjectJob(context, project, jobId, 'builds-and-bridges');
    // authorize!(:play_job, job): BuildPolicy (protected refs), and for a bridge BridgePolicy's
    // right to update the downstream project's branch.
    const mayPlay =
      canWriteJob(state, project, identity.user, job) &&
      (job.kind !== 'bridge' || canUpdateDownstream(state, job, identity.user));
    if (!mayPlay || !identity.user) throw forbidden();
    if (!isPlayable(state, job)) throw badRequest('Unplayable Job');
    // PlayBuildService#check_access!: variables need `set_pipeline_variables` (AccessDeniedError).
    if (variables?.length && !canSetPipelineVariables(project, identity.user)) throw forbidden();
    if (variables) checkVariableKeys(variables);
    const outcome = playJob(state, job, now, identity.user.id, variables);
    if (outcome.kind === 'unplayable') throw badRequest('Unplayable Job');
    return context.c.json(presentJob(context.present, job), 200);
  },
};
