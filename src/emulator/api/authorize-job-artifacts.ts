// authorize_read_job_artifacts!(build): 403 when the caller may not download this job's artifacts.
import { forbidden } from '../http/api-error.js';
import { canReadJobArtifacts } from '../state/access.js';
import type { JobRecord, ProjectRecord } from '../state/records.js';
import type { ApiContext } from './api-route.js';

/** Throws GitLab's `403 Forbidden` unless the caller has `read_job_artifacts` on `job`. */
export function authorizeJobArtifacts(
  context: ApiContext,
  project: ProjectRecord,
  job: JobRecord,
): void {
  if (!canReadJobArtifacts(project, context.identity.user, job)) throw forbidden();
}
