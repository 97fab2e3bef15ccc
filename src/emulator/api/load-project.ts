// Finds the project of a request and checks the caller may see it and act on its jobs.
import { badRequest, forbidden, notFound } from '../http/api-error.js';
import { canReadJobs, canSeeProject, canUpdateJobs, jobTokenAdmits } from '../state/access.js';
import type { ProjectRecord } from '../state/records.js';
import type { ApiContext } from './api-route.js';

/**
 * What the caller needs to do with the project's jobs before anything is looked up: `read`
 * (authorize_read_builds!), `update` (project-level cancel_build/update_build), or `visible`
 * (only find_project!: retry and erase look the job up first and authorize on the job).
 */
export type ProjectNeed = 'visible' | 'read' | 'update';

/**
 * The project named by the `:id` route parameter (id or URL-encoded path), like GitLab's
 * find_project! followed by authorize_read_builds! or authorize_update_builds!.
 */
export function loadProject(context: ApiContext, need: ProjectNeed): ProjectRecord {
  const ref = context.c.req.param('id');
  if (!ref) throw badRequest('id is missing');
  const { identity, state } = context;
  const project = state.findProject(ref);
  if (!project) throw notFound('Project');
  const user = identity.user;
  if (identity.kind === 'job') {
    const source = state.project(identity.job.projectId);
    // GitLab's handle_job_token_failure!: a job token that may not reach the project gets this 403
    // (servers before 16.x answered 404 Project Not Found), naming both projects by their path.
    if (!jobTokenAdmits(project, source) || !canSeeProject(project, user)) {
      throw forbidden(
        `Authentication by CI/CD job token not allowed from ${source.path} to ${project.path}.`,
      );
    }
  } else if (!canSeeProject(project, user)) {
    // GitLab hides what the caller may not see: 404, not 403.
    throw notFound('Project');
  }
  if (need === 'visible') return project;
  if (!canReadJobs(project, user)) throw forbidden();
  if (need === 'update' && !canUpdateJobs(project, user)) throw forbidden();
  return project;
}
