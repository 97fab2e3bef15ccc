// GET …/jobs/:job_id/artifacts or …/jobs/artifacts/:ref_name/download?job= — a job's artifacts archive.
// https://docs.gitlab.com/ee/api/job_artifacts.html#get-job-artifacts
import type { GitLabClient } from '../client.js';
import { parseParams } from '../params/parse-params.js';
import { type OpenJobArtifactsParams, OpenJobArtifactsParamsSchema } from './artifacts-params.js';
import { type OpenedArtifacts, openArtifactsDownload } from './open-artifacts-download.js';

/**
 * Opens a job's artifacts archive (a zip) for streaming: by job id, or as the latest successful
 * pipeline's job of that name on a branch or tag (`{ project, ref, job }`). GitLab may answer
 * with a redirect to object storage on another host: it is followed (https only, three hops at
 * most) without the token. A job with no archive (never uploaded, expired, erased) is a
 * GitLabHttpError 404.
 */
export async function openJobArtifacts(
  client: GitLabClient,
  params: OpenJobArtifactsParams,
): Promise<OpenedArtifacts> {
  const { signal, deadline, ...selector } = parseParams(
    OpenJobArtifactsParamsSchema,
    params,
    'openJobArtifacts',
  );
  return openArtifactsDownload(client, selector, {
    operation: 'openJobArtifacts',
    signal,
    deadline,
  });
}
