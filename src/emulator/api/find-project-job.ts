// Finds a job of a project by the `:job_id` route parameter, as GitLab's find_build!/find_job! do.
import { recordNotFound } from '../http/api-error.js';
import type { ParamDeclaration } from '../http/declared-params.js';
import type { JobRecord, ProjectRecord } from '../state/records.js';
import type { ApiContext } from './api-route.js';

/** Which records count: builds only (find_build!), or builds and bridges (find_job!). */
export type JobKinds = 'builds' | 'builds-and-bridges';

/** `requires :job_id, type: Integer`: 400 `job_id is invalid` before any lookup. */
export const JOB_ID_PARAM: ParamDeclaration = { name: 'job_id', type: 'integer', required: true };

/** The `:job_id` route parameter, as Grape coerced it. */
export function readJobId(context: ApiContext): number {
  return Number(context.params.job_id);
}

/** The project's job with that id; 404 `{"message":"404 Not found"}` otherwise (ActiveRecord's not found). */
export function findProjectJob(
  context: ApiContext,
  project: ProjectRecord,
  id: number,
  kinds: JobKinds,
): JobRecord {
  const job = context.state.jobs.get(id);
  if (!job || job.projectId !== project.id || (kinds === 'builds' && job.kind !== 'build')) {
    throw recordNotFound();
  }
  return job;
}
