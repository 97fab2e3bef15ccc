// The route, encoded path and query of an artifact download, from its validated selector.
import { encodeProjectId, type ProjectRef } from '../params/project-id.js';

/** A validated selector: a job by id, or a ref's latest successful job by name; with `path`, one file. */
export type ArtifactsSelector = { project: ProjectRef; path?: string } & (
  | { jobId: number }
  | { ref: string; job: string }
);

/** What `sendRequest` needs to reach the selected archive or file. */
export interface ArtifactsRoute {
  route: string;
  path: string;
  query?: URLSearchParams;
}

/**
 * `…/jobs/:job_id/artifacts[/*artifact_path]` or `…/jobs/artifacts/:ref_name/download?job=` /
 * `…/raw/*artifact_path?job=` (lib/api/ci/job_artifacts.rb). The ref is one encoded segment
 * (GitLab's `ref_name: /.+/` takes `release%2F1.0` as `release/1.0`); the file path keeps its
 * slashes, each segment encoded.
 */
export function artifactsRoute(selector: ArtifactsSelector): ArtifactsRoute {
  const project = `projects/${encodeProjectId(selector.project)}/jobs`;
  const file = selector.path?.split('/').map(encodeURIComponent).join('/');
  if ('jobId' in selector) {
    return file === undefined
      ? {
          route: 'GET /projects/:id/jobs/:job_id/artifacts',
          path: `${project}/${selector.jobId}/artifacts`,
        }
      : {
          route: 'GET /projects/:id/jobs/:job_id/artifacts/*artifact_path',
          path: `${project}/${selector.jobId}/artifacts/${file}`,
        };
  }
  const ref = `${project}/artifacts/${encodeURIComponent(selector.ref)}`;
  const query = new URLSearchParams({ job: selector.job });
  return file === undefined
    ? {
        route: 'GET /projects/:id/jobs/artifacts/:ref_name/download',
        path: `${ref}/download`,
        query,
      }
    : {
        route: 'GET /projects/:id/jobs/artifacts/:ref_name/raw/*artifact_path',
        path: `${ref}/raw/${file}`,
        query,
      };
}
