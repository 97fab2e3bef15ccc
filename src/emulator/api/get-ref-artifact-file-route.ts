// GET /projects/:id/jobs/artifacts/:ref_name/raw/*artifact_path?job=NAME — one file of a ref's latest archive.
// https://docs.gitlab.com/ee/api/job_artifacts.html#download-a-single-artifact-file-from-specific-tag-or-branch
import { availableArchive } from '../artifacts/available-archive.js';
import { notFound } from '../http/api-error.js';
import type { ApiRoute } from './api-route.js';
import { artifactsEntryResponse } from './artifacts-entry-response.js';
import { authorizeJobArtifacts } from './authorize-job-artifacts.js';
import { checkArtifactPath } from './check-artifact-path.js';
import { findRefBuild, readJobName } from './find-ref-build.js';
import { loadProject } from './load-project.js';

/**
 * lib/api/ci/job_artifacts.rb: the ref's build as for `…/download`, then send_artifacts_entry,
 * whose content type Workhorse sniffs from the content (text as `text/plain; charset=utf-8`).
 */
export const getRefArtifactFileRoute: ApiRoute = {
  method: 'GET',
  path: '/projects/:id/jobs/artifacts/:ref_name{.+}/raw/:artifact_path{.+}',
  jobTokens: 'always',
  authenticate: 'non-get',
  params: [],
  handle(context) {
    const name = readJobName(context);
    const project = loadProject(context, 'read');
    const build = findRefBuild(context, project, name);
    authorizeJobArtifacts(context, project, build);
    const path = checkArtifactPath(context);
    const archive = availableArchive(context.state, build, context.now);
    if (!archive) throw notFound();
    return artifactsEntryResponse(archive, path, 'sniffed');
  },
};
