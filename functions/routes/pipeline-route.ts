// GET /projects/:id/pipelines/:pipeline_id and …/pipelines/latest: one pipeline, once the policy allowed `read` on the whole pipeline, relayed as GitLab sent it.
import type { Context } from 'hono';
import { pipelineEndpointPath } from '../../src/gitlab/pipelines/pipeline-endpoint-path.js';
import { type RelayRoute, targetProjectRef } from '../http/relay-route.js';
import type { RelayAppEnv } from '../relay-app-env.js';
import { relayedResponse } from '../upstream/relayed-response.js';

/**
 * The pipeline, GitLab's body untouched (https://docs.gitlab.com/ee/api/pipelines.html#get-a-single-pipeline).
 * `latest` passes on only `ref` (its one parameter, lib/api/ci/pipelines.rb); GitLab answers 403
 * (not 404) when the ref's newest commit has no pipeline, and that answer is passed on as it is.
 */
export async function pipelineRoute(
  c: Context<RelayAppEnv>,
  route: Extract<RelayRoute, { kind: 'get-pipeline' | 'latest-pipeline' }>,
): Promise<Response> {
  const project = targetProjectRef(route.project);
  const query = new URLSearchParams();
  if (route.kind === 'latest-pipeline') {
    const ref = new URL(c.req.url).searchParams.get('ref');
    if (ref !== null) query.set('ref', ref);
  }
  const answer = await c.get('upstream').read(
    route.kind === 'get-pipeline'
      ? {
          operation: 'getPipeline',
          route: 'GET /projects/:id/pipelines/:pipeline_id',
          path: pipelineEndpointPath(project, `pipelines/${route.pipelineId}`),
          shareUnknownLength: true,
        }
      : {
          operation: 'getLatestPipeline',
          route: 'GET /projects/:id/pipelines/latest',
          path: pipelineEndpointPath(project, 'pipelines/latest'),
          query,
          shareUnknownLength: true,
        },
  );
  return relayedResponse(answer, 'application/json');
}
