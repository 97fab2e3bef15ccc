// GET …/jobs/:job_id/artifacts/*artifact_path or …/jobs/artifacts/:ref_name/raw/*artifact_path?job= — one file.
// https://docs.gitlab.com/ee/api/job_artifacts.html#download-a-single-artifact-file-by-job-id
import type { GitLabClient } from '../client.js';
import { parseParams } from '../params/parse-params.js';
import { type OpenArtifactFileParams, OpenArtifactFileParamsSchema } from './artifacts-params.js';
import { type OpenedArtifacts, openArtifactsDownload } from './open-artifacts-download.js';

/**
 * Opens one file of a job's artifacts archive (GitLab unzips it) for streaming, by job id or by
 * ref and job name, with `path` inside the archive (`dist/app.js`). A path the archive does not
 * hold is a GitLabHttpError 404, as is a job without artifacts.
 */
export async function openArtifactFile(
  client: GitLabClient,
  params: OpenArtifactFileParams,
): Promise<OpenedArtifacts> {
  const { signal, deadline, ...selector } = parseParams(
    OpenArtifactFileParamsSchema,
    params,
    'openArtifactFile',
  );
  return openArtifactsDownload(client, selector, {
    operation: 'openArtifactFile',
    signal,
    deadline,
  });
}
