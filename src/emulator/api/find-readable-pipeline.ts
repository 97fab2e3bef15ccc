// Finds `:pipeline_id` in the project and checks the caller may read it (`read_pipeline`).
import { forbidden } from '../http/api-error.js';
import { canReadJobs, canReadPipelines } from '../state/access.js';
import type { PipelineRecord, ProjectRecord, UserRecord } from '../state/records.js';
import type { ApiContext } from './api-route.js';
import { findProjectPipeline, readPipelineId } from './find-project-pipeline.js';

/**
 * `read_pipeline` on a pipeline (Ci::PipelinePolicy): the project's read_pipeline, and read_build
 * too (`rule { ~can?(:read_build) & ~external_pipeline }.prevent :read_pipeline`).
 */
export function canReadPipeline(project: ProjectRecord, user: UserRecord | undefined): boolean {
  return canReadPipelines(project, user) && canReadJobs(project, user);
}

/** `user_project.all_pipelines.find(params[:pipeline_id])` (404), then `authorize! :read_pipeline` (403). */
export function findReadablePipeline(context: ApiContext, project: ProjectRecord): PipelineRecord {
  const pipeline = findProjectPipeline(context, project, readPipelineId(context));
  if (!canReadPipeline(project, context.identity.user)) throw forbidden();
  return pipeline;
}
