// GET /projects/:id/pipelines/:pipeline_id/bridges — a pipeline's trigger jobs, with totals.
// https://docs.gitlab.com/ee/api/jobs.html#list-pipeline-bridges
import { readBoolean, readScope } from '../http/list-params.js';
import { paginateOffset, readPageRequest } from '../http/offset-pagination.js';
import { presentBridge } from '../present/present-bridge.js';
import type { ApiRoute } from './api-route.js';
import { findProjectPipeline, readPipelineId } from './find-project-pipeline.js';
import { loadProject } from './load-project.js';
import { rejectKeyset } from './reject-keyset.js';

/**
 * The pipeline bridges list endpoint. No job tokens, as gitlab-behaviour.md says; GitLab 19.x
 * opened it to job tokens with the read_pipelines policy, and may be emulated so later.
 */
export const listPipelineBridgesRoute: ApiRoute = {
  method: 'GET',
  path: '/projects/:id/pipelines/:pipeline_id/bridges',
  jobTokens: 'never',
  handle(context) {
    const { c, params, state } = context;
    const pipelineId = readPipelineId(context);
    const includeRetried = readBoolean(params, 'include_retried');
    const scope = readScope(params);
    const page = readPageRequest(params);
    const project = loadProject(context, 'read');
    rejectKeyset(params);
    const pipeline = findProjectPipeline(context, project, pipelineId);
    // GitLab's JobsFinder serves bridges too: retried ones are hidden unless include_retried is set
    // (a parameter this route does not declare, but GitLab passes it through all the same).
    const bridges = state
      .pipelineJobs(pipeline)
      .filter((job) => job.kind === 'bridge' && (includeRetried || !job.retried))
      .filter((job) => !scope || scope.includes(job.status))
      .sort((a, b) => b.id - a.id);
    return c.json(
      paginateOffset(c, bridges, page, true).map((bridge) =>
        presentBridge(context.present, bridge),
      ),
    );
  },
};
