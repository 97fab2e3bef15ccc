// Finds the pipeline named by the `:pipeline_id` route parameter within a project.
import { recordNotFound } from '../http/api-error.js';
import { readInteger } from '../http/list-params.js';
import type { PipelineRecord, ProjectRecord } from '../state/records.js';
import type { ApiContext } from './api-route.js';

/** The `:pipeline_id` route parameter; 400 `pipeline_id is invalid` when it is not an integer. */
export function readPipelineId(context: ApiContext): number {
  return readInteger(context.c.req.param('pipeline_id'), 'pipeline_id');
}

/** The project's pipeline; 404 `{"message":"404 Not found"}` (GitLab's all_pipelines.find) otherwise. */
export function findProjectPipeline(
  context: ApiContext,
  project: ProjectRecord,
  id: number,
): PipelineRecord {
  const pipeline = context.state.pipelines.get(id);
  if (!pipeline || pipeline.projectId !== project.id) throw recordNotFound();
  return pipeline;
}
