// GET a job's artifacts archive, or one file of it, by job id or by ref and job name: streamed through, never buffered.
import type { Context } from 'hono';
import { openArtifactFile } from '../../src/gitlab/artifacts/open-artifact-file.js';
import { openJobArtifacts } from '../../src/gitlab/artifacts/open-job-artifacts.js';
import { type RelayRoute, targetProjectRef } from '../http/relay-route.js';
import type { RelayAppEnv } from '../relay-app-env.js';
import { artifactDownloadClient } from '../upstream/artifact-download-client.js';

// What of the download's answer is passed on, besides its body.
const PASSED_HEADERS = ['content-type', 'content-disposition', 'last-modified', 'etag'];

/**
 * Opens the download with the core (https://docs.gitlab.com/ee/api/job_artifacts.html), which
 * follows GitLab's redirect to object storage without the service token, and streams the body
 * on as it comes (a Worker has 128 MB; an archive may be larger), with its Content-Type,
 * Content-Disposition and Content-Length. A file of the archive could be HTML: it is served
 * sandboxed, so it runs nothing on the relay's origin. A job without artifacts, or a path the
 * archive does not hold, is GitLab's own 404.
 */
export async function artifactsRoute(
  c: Context<RelayAppEnv>,
  route: Extract<RelayRoute, { kind: 'artifacts' }>,
): Promise<Response> {
  c.get('upstream').checkBudget();
  const client = artifactDownloadClient(c.get('client'));
  const project = targetProjectRef(route.project);
  const selector =
    'jobId' in route.selector
      ? { project, jobId: route.selector.jobId }
      : { project, ref: route.selector.ref, job: route.selector.job };
  const signal = c.req.raw.signal;
  const opened =
    route.path === undefined
      ? await openJobArtifacts(client, { ...selector, signal })
      : await openArtifactFile(client, { ...selector, path: route.path, signal });
  const headers = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = opened.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  if (!headers.has('content-type')) headers.set('content-type', 'application/octet-stream');
  if (opened.length !== undefined) headers.set('content-length', String(opened.length));
  headers.set('content-security-policy', "sandbox; default-src 'none'");
  return new Response(opened.body, { status: 200, headers });
}
