// GET /projects/:id/jobs/:job_id/artifacts — a job's artifacts archive (a real zip).
// https://docs.gitlab.com/ee/api/job_artifacts.html#get-job-artifacts
import { availableArchive } from '../artifacts/available-archive.js';
import { notFound } from '../http/api-error.js';
import type { ApiRoute } from './api-route.js';
import { presentArchive } from './artifacts-archive-response.js';
import { authorizeJobArtifacts } from './authorize-job-artifacts.js';
import { findProjectJob, JOB_ID_PARAM, readJobId } from './find-project-job.js';
import { loadProject } from './load-project.js';

/**
 * lib/api/ci/job_artifacts.rb: authorize_download_artifacts! (read_build), find_build!,
 * authorize_read_job_artifacts!, then present_artifacts_file!: `404 Not Found` when the job
 * has no archive (never uploaded, erased, or expired and cleaned up). Job tokens allowed.
 */
export const getJobArtifactsRoute: ApiRoute = {
  method: 'GET',
  path: '/projects/:id/jobs/:job_id/artifacts',
  jobTokens: 'always',
  authenticate: 'non-get',
  params: [JOB_ID_PARAM],
  async handle(context) {
    const jobId = readJobId(context);
    const project = loadProject(context, 'read');
    const job = findProjectJob(context, project, jobId, 'builds');
    authorizeJobArtifacts(context, project, job);
    const archive = availableArchive(context.state, job, context.now);
    if (!archive) throw notFound();
    return presentArchive(context, archive);
  },
};
