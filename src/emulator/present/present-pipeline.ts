// A pipeline as GitLab's API::Entities::Ci::PipelineBasic shows it inside a job or bridge.
import { pipelineStatus, pipelineUpdatedAt } from '../state/pipeline-status.js';
import type { PipelineRecord } from '../state/records.js';
import { isoTime } from './iso-time.js';
import type { PresentContext } from './present-context.js';

/** The `pipeline` (or `downstream_pipeline`) JSON of a job. */
export function presentPipeline(
  context: PresentContext,
  pipeline: PipelineRecord,
): Record<string, unknown> {
  const project = context.state.project(pipeline.projectId);
  return {
    id: pipeline.id,
    iid: pipeline.iid,
    project_id: pipeline.projectId,
    sha: pipeline.sha,
    ref: pipeline.ref,
    status: pipelineStatus(context.state, pipeline),
    source: pipeline.source,
    created_at: isoTime(pipeline.createdAt),
    updated_at: isoTime(pipelineUpdatedAt(context.state, pipeline)),
    web_url: `${context.baseUrl}/${project.fullPath}/-/pipelines/${pipeline.id}`,
  };
}
