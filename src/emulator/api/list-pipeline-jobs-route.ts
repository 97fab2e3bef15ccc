// GET /projects/:id/pipelines/:pipeline_id/jobs — a pipeline's jobs, newest first, with totals.
// https://docs.gitlab.com/ee/api/jobs.html#list-pipeline-jobs
import { readBoolean, readScope } from '../http/list-params.js';
import { paginateOffset, readPageRequest } from '../http/offset-pagination.js';
import { presentJob } from '../present/present-job.js';
import type { ApiRoute } from './api-route.js';
import { findProjectPipeline, readPipelineId } from './find-project-pipeline.js';
import { loadProject } from './load-project.js';
import { rejectKeyset } from './reject-keyset.js';

/** The pipeline jobs list endpoint; retried jobs only with `include_retried=true`. */
export const listPipelineJobsRoute: ApiRoute = {
  method: 'GET',
  path: '/projects/:id/pipelines/:pipeline_id/jobs',
  jobTokens: 'lists',
  handle(context) {
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
      .filter((job) => job.kind === 'build' && (includeRetried || !job.retried))
      .filter((job) => !scope || scope.includes(job.status))
      .sort((a, b) => b.id - a.id);
    return c.json(
      paginateOffset(c, jobs, page, true).map((job) => presentJob(context.present, job)),
    );
  },
};
