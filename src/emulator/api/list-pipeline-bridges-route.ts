// GET /projects/:id/pipelines/:pipeline_id/bridges — a pipeline's trigger jobs, with totals.
// https://docs.gitlab.com/ee/api/jobs.html#list-pipeline-bridges
import { presentBridge } from '../present/present-bridge.js';
import type { ApiRoute } from './api-route.js';
import { listPipelineKind, PIPELINE_BRIDGES_PARAMS } from './list-pipeline-kind.js';

/**
 * The pipeline bridges list endpoint. Current GitLab takes job tokens here
 * (`route_setting :authentication, job_token_allowed: true`, policy read_pipelines), as on the
 * jobs lists; a server without that (`server.jobTokenListAccess: false`) ignores a job token, and
 * its `authenticate_non_get!` serves the GET as a visitor's. Retried bridges are hidden unless
 * include_retried (undeclared here, but GitLab passes it through to JobsFinder).
 */
export const listPipelineBridgesRoute: ApiRoute = {
  method: 'GET',
  path: '/projects/:id/pipelines/:pipeline_id/bridges',
  // lib/api/ci/pipelines.rb: `before { authenticate_non_get! }`.
  authenticate: 'non-get',
  jobTokens: 'lists',
  params: PIPELINE_BRIDGES_PARAMS,
  handle(context) {
    const bridges = listPipelineKind(context, 'bridge');
    return context.c.json(bridges.map((bridge) => presentBridge(context.present, bridge)));
  },
};
