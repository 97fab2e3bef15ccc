// The three job lists as data: operation, documented route, encoded path and item schema, shared by the list functions and the relay.
import { encodeProjectId, type ProjectRef } from '../params/project-id.js';
import { BridgeSchema } from '../schemas/bridge.js';
import { JobSchema } from '../schemas/job.js';
import { pipelinePath } from './job-path.js';

/** Which job list, of which project (and pipeline). */
export type JobList =
  | { list: 'listProjectJobs'; project: ProjectRef }
  | { list: 'listPipelineJobs' | 'listPipelineBridges'; project: ProjectRef; pipelineId: number };

const ENDPOINTS = {
  listProjectJobs: { route: 'GET /projects/:id/jobs', itemSchema: JobSchema },
  listPipelineJobs: {
    route: 'GET /projects/:id/pipelines/:pipeline_id/jobs',
    itemSchema: JobSchema,
  },
  listPipelineBridges: {
    route: 'GET /projects/:id/pipelines/:pipeline_id/bridges',
    itemSchema: BridgeSchema,
  },
} as const;

/** A job list's endpoint, ready to spread into `requestPage` (add the page's `query`). */
export interface JobListEndpoint<L extends JobList['list']> {
  operation: L;
  route: (typeof ENDPOINTS)[L]['route'];
  /** Below `<instance>/api/v4/`, the project encoded once (`encodeProjectId`: an unsafe project throws). */
  path: string;
  itemSchema: (typeof ENDPOINTS)[L]['itemSchema'];
}

/**
 * Describes the list `target` names: `listProjectJobs` → `GET /projects/:id/jobs`,
 * `listPipelineJobs` → `…/pipelines/:pipeline_id/jobs`, `listPipelineBridges` → `…/bridges`.
 */
export function jobListEndpoint<T extends JobList>(target: T): JobListEndpoint<T['list']> {
  const list: JobList = target;
  const path =
    list.list === 'listProjectJobs'
      ? `projects/${encodeProjectId(list.project)}/jobs`
      : pipelinePath(
          list.project,
          list.pipelineId,
          list.list === 'listPipelineJobs' ? 'jobs' : 'bridges',
        );
  const { route, itemSchema } = ENDPOINTS[list.list];
  return { operation: list.list, route, path, itemSchema } as JobListEndpoint<T['list']>;
}
