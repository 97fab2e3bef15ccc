// GET /projects/:id/jobs/:job_id/artifacts/*artifact_path — one file of a job's artifacts archive.
// https://docs.gitlab.com/ee/api/job_artifacts.html#download-a-single-artifact-file-by-job-id
import { availableArchive } from '../artifacts/available-archive.js';
import { notFound } from '../http/api-error.js';
import type { ApiRoute } from './api-route.js';
import { artifactsEntryResponse } from './artifacts-entry-response.js';
import { authorizeJobArtifacts } from './authorize-job-artifacts.js';
import { checkArtifactPath } from './check-artifact-path.js';
import { findProjectJob, JOB_ID_PARAM, readJobId } from './find-project-job.js';
import { loadProject } from './load-project.js';

/**
 * lib/api/ci/job_artifacts.rb: as the archive route, then `not_found! unless
 * build.available_artifacts?`, `bad_request!` for a path with a NUL byte, and Workhorse's
 * artifacts-entry sender (legacy_send_artifacts_entry: content type from the extension).
 */
export const getJobArtifactFileRoute: ApiRoute = {
  method: 'GET',
  path: '/projects/:id/jobs/:job_id/artifacts/:artifact_path{.+}',
  jobTokens: 'always',
  authenticate: 'non-get',
  params: [JOB_ID_PARAM],
  handle(context) {
    const jobId = readJobId(context);
    const project = loadProject(context, 'read');
    const job = findProjectJob(context, project, jobId, 'builds');
    authorizeJobArtifacts(context, project, job);
    const archive = availableArchive(context.state, job, context.now);
    if (!archive) throw notFound();
    const path = checkArtifactPath(context);
    return artifactsEntryResponse(archive, path, 'extension');
  },
};
