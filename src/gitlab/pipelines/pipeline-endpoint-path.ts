// Builds the encoded API paths of the pipeline endpoints.
import { encodeProjectId, type ProjectRef } from '../params/project-id.js';

/**
 * `projects/<encoded project>/<rest>`: `pipeline` (create), `trigger/pipeline`, `pipelines`,
 * `pipelines/latest`, or `pipelines/<id>[/cancel|/retry|/variables]`.
 */
export function pipelineEndpointPath(project: ProjectRef, rest: string): string {
  return `projects/${encodeProjectId(project)}/${rest}`;
}
