// Builds the encoded API paths of the job endpoints.
import { encodeProjectId, type ProjectRef } from '../params/project-id.js';

/** `projects/<encoded project>/jobs/<jobId>[/<action>]`. */
export function jobPath(project: ProjectRef, jobId: number, action?: string): string {
  return `projects/${encodeProjectId(project)}/jobs/${jobId}${action ? `/${action}` : ''}`;
}

/** `projects/<encoded project>/pipelines/<pipelineId>/<list>`. */
export function pipelinePath(
  project: ProjectRef,
  pipelineId: number,
  list: 'jobs' | 'bridges',
): string {
  return `projects/${encodeProjectId(project)}/pipelines/${pipelineId}/${list}`;
}
