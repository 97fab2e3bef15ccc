// The shared part of the pipeline jobs and bridges lists: one kind of job, filtered and paginated.
import { readBoolean, readScope } from '../http/list-params.js';
import { paginateOffset, readPageRequest } from '../http/offset-pagination.js';
import type { JobRecord } from '../state/records.js';
import type { ApiContext } from './api-route.js';
import { findProjectPipeline, readPipelineId } from './find-project-pipeline.js';
import { loadProject } from './load-project.js';
import { rejectKeyset } from './reject-keyset.js';

/**
 * A pipeline's jobs of one kind, newest first, this page of them (with totals): retried ones
 * only with `include_retried`, filtered by `scope` — GitLab's JobsFinder serves both lists.
 */
export function listPipelineKind(context: ApiContext, kind: JobRecord['kind']): JobRecord[] {
  const { c, params, state } = context;
  const pipelineId = readPipelineId(context);
  const includeRetried = readBoolean(params, 'include_retried');
  const scope = readScope(params);
  const page = readPageRequest(params);
  const project = loadProject(context, 'read');
  rejectKeyset(params);
  const pipeline = findProjectPipeline(context, project, pipelineId);
  const jobs = state
    .pipelineJobs(pipeline)
    .filter((job) => job.kind === kind && (includeRetried || !job.retried))
    .filter((job) => !scope || scope.includes(job.status))
    .sort((a, b) => b.id - a.id);
  return paginateOffset(c, jobs, page, true);
}
