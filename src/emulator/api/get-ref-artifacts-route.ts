// GET /projects/:id/jobs/artifacts/:ref_name/download?job=NAME — the archive of a ref's latest successful job.
// https://docs.gitlab.com/ee/api/job_artifacts.html#download-the-artifacts-archive
import { availableArchive } from '../artifacts/available-archive.js';
import { notFound } from '../http/api-error.js';
import type { ApiRoute } from './api-route.js';
import { presentArchive } from './artifacts-archive-response.js';
import { authorizeJobArtifacts } from './authorize-job-artifacts.js';
import { findRefBuild, readJobName } from './find-ref-build.js';
import { loadProject } from './load-project.js';

/**
 * lib/api/ci/job_artifacts.rb: `ref_name` may hold slashes (`requirements: { ref_name: /.+/ }`);
 * the build is the latest of that name with artifacts in the ref's newest successful pipeline
 * or its child pipelines. Job tokens allowed.
 */
export const getRefArtifactsRoute: ApiRoute = {
  method: 'GET',
  path: '/projects/:id/jobs/artifacts/:ref_name{.+}/download',
  jobTokens: 'always',
  authenticate: 'non-get',
  params: [],
  async handle(context) {
    const name = readJobName(context);
    const project = loadProject(context, 'read');
    const build = findRefBuild(context, project, name);
    authorizeJobArtifacts(context, project, build);
    const archive = availableArchive(context.state, build, context.now);
    if (!archive) throw notFound();
    return presentArchive(context, archive);
  },
};
