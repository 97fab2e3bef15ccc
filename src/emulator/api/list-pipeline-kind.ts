// The shared part of the pipeline jobs and bridges lists: one kind of job, filtered and paginated.

import { forbidden } from '../http/api-error.js';
import { PAGINATION_PARAMS, type ParamDeclaration } from '../http/declared-params.js';
import { paginateOffset, readPageRequest } from '../http/offset-pagination.js';
import { isRubyTruthy } from '../http/ruby-coercion.js';
import { canReadJobs, canReadPipelines } from '../state/access.js';
import type { JobRecord } from '../state/records.js';
import type { ApiContext } from './api-route.js';
import { findProjectPipeline, PIPELINE_ID_PARAM, readPipelineId } from './find-project-pipeline.js';
import { loadProject } from './load-project.js';

const PIPELINE_SCOPE: ParamDeclaration = { name: 'scope', type: 'scope', hashes: 'invalid' };

/** The pipeline jobs list's params (lib/api/ci/pipelines.rb). */
export const PIPELINE_JOBS_PARAMS: readonly ParamDeclaration[] = [
  PIPELINE_ID_PARAM,
  { name: 'include_retried', type: 'boolean', default: false },
  PIPELINE_SCOPE,
  ...PAGINATION_PARAMS,
];

/** The pipeline bridges list's params: no include_retried (JobsFinder still reads it raw). */
export const PIPELINE_BRIDGES_PARAMS: readonly ParamDeclaration[] = [
  PIPELINE_ID_PARAM,
  PIPELINE_SCOPE,
  ...PAGINATION_PARAMS,
];

/**
 * A pipeline's jobs of one kind, newest first, this page of them (with totals): retried ones
 * only with `include_retried` (any Ruby-true value: JobsFinder tests `params[:include_retried]`),
 * filtered by `scope` — GitLab's JobsFinder serves both lists. `pagination=keyset` is ignored:
 * these lists always paginate by offset.
 */
export function listPipelineKind(context: ApiContext, kind: JobRecord['kind']): JobRecord[] {
  const { c, params, state } = context;
  const pipelineId = readPipelineId(context);
  const includeRetried = isRubyTruthy(params.include_retried);
  const scope = params.scope as string[] | undefined;
  const page = readPageRequest(params);
  // Jobs: authorize!(:read_pipeline) (403), the pipeline (404), then JobsFinder's read_build
  // check, which gives an empty list rather than a 403. Bridges: authorize!(:read_build) first.
  const project = loadProject(context, kind === 'build' ? 'visible' : 'read');
  if (kind === 'build' && !canReadPipelines(project, context.identity.user)) throw forbidden();
  const pipeline = findProjectPipeline(context, project, pipelineId);
  if (!canReadJobs(project, context.identity.user)) return paginateOffset(c, [], page, true);
  const jobs = state
    .pipelineJobs(pipeline)
    .filter((job) => job.kind === kind && (includeRetried || !job.retried))
    .filter((job) => !scope || scope.includes(job.status))
    .sort((a, b) => b.id - a.id);
  return paginateOffset(c, jobs, page, true);
}
