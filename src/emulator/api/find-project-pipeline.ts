// Finds the pipeline named by the `:pipeline_id` route parameter within a project.
import { recordNotFound } from '../http/api-error.js';
import type { ParamDeclaration } from '../http/declared-params.js';
import type { PipelineRecord, ProjectRecord } from '../state/records.js';
import type { ApiContext } from './api-route.js';

/** `requires :pipeline_id, type: Integer`: 400 `pipeline_id is invalid` before any lookup. */
export const PIPELINE_ID_PARAM: ParamDeclaration = {
  name: 'pipeline_id',
  type: 'integer',
  required: true,
};

/** The `:pipeline_id` route parameter, as Grape coerced it. */
export function readPipelineId(context: ApiContext): number {
  return Number(context.params.pipeline_id);
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
