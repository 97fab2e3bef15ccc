// GET /projects/:id/pipelines/latest — the newest pipeline of a ref (the default branch by default).
// https://docs.gitlab.com/ee/api/pipelines.html#get-the-latest-pipeline
import { forbidden } from '../http/api-error.js';
import { presentPipelineDetail } from '../present/present-pipeline-detail.js';
import type { PipelineRecord } from '../state/records.js';
import type { ApiRoute } from './api-route.js';
import { canReadPipeline } from './find-readable-pipeline.js';
import { loadProject } from './load-project.js';

/**
 * Project#latest_pipeline(ref): the newest pipeline for the ref's head commit (the commit its
 * newest pipeline ran for), child pipelines left out. `ref` defaults to the default branch (the
 * first of the project's `branches`). No such pipeline: `authorize! :read_pipeline, nil` is 403.
 */
export const getLatestPipelineRoute: ApiRoute = {
  method: 'GET',
  path: '/projects/:id/pipelines/latest',
  authenticate: 'non-get',
  jobTokens: 'never',
  params: [],
  handle(context) {
    const { state, params } = context;
    const project = loadProject(context, 'visible');
    const setup = state.pipelineSetups.get(project.id);
    const ref =
      typeof params.ref === 'string' && params.ref !== ''
        ? params.ref
        : (setup?.branches[0] ?? 'main');
    let latest: PipelineRecord | undefined;
    for (const pipeline of state.pipelines.values()) {
      if (pipeline.projectId !== project.id || pipeline.ref !== ref) continue;
      if (pipeline.source === 'parent_pipeline') continue;
      if (!latest || pipeline.id > latest.id) latest = pipeline;
    }
    if (!latest || !canReadPipeline(project, context.identity.user)) throw forbidden();
    return context.c.json(presentPipelineDetail(context.present, latest, undefined, true));
  },
};
