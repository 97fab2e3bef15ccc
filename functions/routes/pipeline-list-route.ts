// GET /projects/:id/pipelines: one page relayed as GitLab sent it, GitLab's filters passed on, pagination headers kept, links rewritten to the relay.
import type { Context } from 'hono';
import { pipelineEndpointPath } from '../../src/gitlab/pipelines/pipeline-endpoint-path.js';
import { type RelayRoute, targetProjectRef } from '../http/relay-route.js';
import type { RelayAppEnv } from '../relay-app-env.js';
import { readRelayedPage } from '../upstream/read-relayed-page.js';
import { relayedResponse } from '../upstream/relayed-response.js';

/** The query parameters GitLab reads on its pipeline list (lib/api/ci/pipelines.rb), passed on; the OpenAPI document lists them. */
export const PIPELINE_LIST_QUERY: readonly string[] = [
  'page',
  'per_page',
  'scope',
  'status',
  'ref',
  'sha',
  'yaml_errors',
  'username',
  'updated_before',
  'updated_after',
  'created_before',
  'created_after',
  'order_by',
  'sort',
  'source',
  'name',
];

/**
 * Relays one page of the project's pipelines (https://docs.gitlab.com/ee/api/pipelines.html#list-project-pipelines)
 * as GitLab sent it; checking its items is the client's part. Only a rule without a `jobs`
 * restriction lets a caller here, so nothing is filtered.
 */
export async function pipelineListRoute(
  c: Context<RelayAppEnv>,
  route: Extract<RelayRoute, { kind: 'list-pipelines' }>,
): Promise<Response> {
  const { answer, headers } = await readRelayedPage(c, {
    operation: 'listProjectPipelines',
    route: 'GET /projects/:id/pipelines',
    path: pipelineEndpointPath(targetProjectRef(route.project), 'pipelines'),
    query: PIPELINE_LIST_QUERY,
  });
  return relayedResponse(answer, 'application/json', headers);
}
