// GET /projects/:id/pipelines/:pipeline_id/bridges — a pipeline's trigger jobs, with totals.
// https://docs.gitlab.com/ee/api/jobs.html#list-pipeline-bridges
import { presentBridge } from '../present/present-bridge.js';
import type { ApiRoute } from './api-route.js';
import { listPipelineKind } from './list-pipeline-kind.js';

/**
 * The pipeline bridges list endpoint. No job tokens, as gitlab-behaviour.md says; GitLab 19.x
 * opened it to job tokens with the read_pipelines policy, and may be emulated so later. Retried
 * bridges are hidden unless include_retried (undeclared here, but GitLab passes it through).
 */
export const listPipelineBridgesRoute: ApiRoute = {
  method: 'GET',
  path: '/projects/:id/pipelines/:pipeline_id/bridges',
  jobTokens: 'never',
  handle(context) {
    const bridges = listPipelineKind(context, 'bridge');
    return context.c.json(bridges.map((bridge) => presentBridge(context.present, bridge)));
  },
};
