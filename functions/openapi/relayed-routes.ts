// The routes the relay serves, as its OpenAPI document lists them: GitLab's paths and what each needs from the policy.
import { PIPELINE_LIST_QUERY } from '../routes/pipeline-list-route.js';

/** One relayed route, documented. */
export interface RouteDoc {
  method: 'get' | 'post';
  path: string;
  summary: string;
  operation: string;
  /** Component name, `[Name]` for an array, `text` for a log, `binary` for a download. */
  returns: string;
  status: number;
  query?: string[];
  /** The component of a JSON request body. */
  body?: string;
}

/** Every relayed route, in GitLab's order: the Jobs API, then pipelines, then artifacts. */
export const RELAYED_ROUTES: readonly RouteDoc[] = [
  {
    method: 'get',
    path: '/api/v4/job',
    summary: "The job token's own job",
    operation: 'getJobTokenJob',
    returns: 'Job',
    status: 200,
  },
  {
    method: 'get',
    path: '/api/v4/job/allowed_agents',
    summary: "The job token's allowed agents",
    operation: 'getAllowedAgents',
    returns: 'AllowedAgents',
    status: 200,
  },
  {
    method: 'get',
    path: '/api/v4/projects/{id}/jobs',
    summary: 'List project jobs (policy: read)',
    operation: 'listProjectJobs',
    returns: '[Job]',
    status: 200,
    query: ['scope[]', 'page', 'per_page', 'pagination', 'cursor'],
  },
  {
    method: 'get',
    path: '/api/v4/projects/{id}/pipelines/{pipeline_id}/jobs',
    summary: 'List pipeline jobs (policy: read)',
    operation: 'listPipelineJobs',
    returns: '[Job]',
    status: 200,
    query: ['scope[]', 'include_retried', 'page', 'per_page'],
  },
  {
    method: 'get',
    path: '/api/v4/projects/{id}/pipelines/{pipeline_id}/bridges',
    summary: 'List pipeline bridges (policy: read)',
    operation: 'listPipelineBridges',
    returns: '[Bridge]',
    status: 200,
    query: ['scope[]', 'page', 'per_page'],
  },
  {
    method: 'get',
    path: '/api/v4/projects/{id}/jobs/{job_id}',
    summary: 'Get a job (policy: read)',
    operation: 'getJob',
    returns: 'Job',
    status: 200,
  },
  {
    method: 'get',
    path: '/api/v4/projects/{id}/jobs/{job_id}/trace',
    summary: 'Get a job log, Range: bytes=N- supported (policy: trace)',
    operation: 'getJobTrace',
    returns: 'text',
    status: 200,
  },
  {
    method: 'post',
    path: '/api/v4/projects/{id}/jobs/{job_id}/cancel',
    summary: 'Cancel a job (policy: cancel)',
    operation: 'cancelJob',
    returns: 'Job',
    status: 201,
  },
  {
    method: 'post',
    path: '/api/v4/projects/{id}/jobs/{job_id}/retry',
    summary: 'Retry a job (policy: retry)',
    operation: 'retryJob',
    returns: 'Job',
    status: 201,
  },
  {
    method: 'post',
    path: '/api/v4/projects/{id}/jobs/{job_id}/erase',
    summary: 'Erase a job (policy: erase)',
    operation: 'eraseJob',
    returns: 'Job',
    status: 201,
  },
  {
    method: 'post',
    path: '/api/v4/projects/{id}/jobs/{job_id}/play',
    summary: 'Play a manual job (policy: play, variable keys listed)',
    operation: 'playJob',
    returns: 'Job',
    status: 200,
  },
  {
    method: 'post',
    path: '/api/v4/projects/{id}/pipeline',
    summary:
      'Create a pipeline (policy: pipeline, by a rule without jobs; ref in targetRefs, variable keys in variables, input names in inputs)',
    operation: 'createPipeline',
    returns: 'Pipeline',
    status: 201,
    query: ['ref'],
    body: 'CreatePipelineBody',
  },
  {
    method: 'get',
    path: '/api/v4/projects/{id}/pipelines',
    summary: 'List project pipelines (policy: read, by a rule without jobs)',
    operation: 'listProjectPipelines',
    returns: '[PipelineBasic]',
    status: 200,
    query: [...PIPELINE_LIST_QUERY],
  },
  {
    method: 'get',
    path: '/api/v4/projects/{id}/pipelines/latest',
    summary: "Get a ref's latest pipeline (policy: read, by a rule without jobs)",
    operation: 'getLatestPipeline',
    returns: 'Pipeline',
    status: 200,
    query: ['ref'],
  },
  {
    method: 'get',
    path: '/api/v4/projects/{id}/pipelines/{pipeline_id}',
    summary: 'Get a pipeline (policy: read, by a rule without jobs)',
    operation: 'getPipeline',
    returns: 'Pipeline',
    status: 200,
  },
  {
    method: 'post',
    path: '/api/v4/projects/{id}/pipelines/{pipeline_id}/cancel',
    summary: "Cancel a pipeline's jobs (policy: cancel, by a rule without jobs)",
    operation: 'cancelPipeline',
    returns: 'Pipeline',
    status: 200,
  },
  {
    method: 'get',
    path: '/api/v4/projects/{id}/jobs/{job_id}/artifacts',
    summary: "Download a job's artifacts archive (policy: artifacts, job name in jobs)",
    operation: 'openJobArtifacts',
    returns: 'binary',
    status: 200,
  },
  {
    method: 'get',
    path: '/api/v4/projects/{id}/jobs/{job_id}/artifacts/{artifact_path}',
    summary: "Download one file of a job's artifacts (policy: artifacts, job name in jobs)",
    operation: 'openArtifactFile',
    returns: 'binary',
    status: 200,
  },
  {
    method: 'get',
    path: '/api/v4/projects/{id}/jobs/artifacts/{ref_name}/download',
    summary:
      "Download the artifacts of a ref's latest successful job named `job` (policy: artifacts, job in jobs)",
    operation: 'openJobArtifactsByRef',
    returns: 'binary',
    status: 200,
    query: ['job'],
  },
  {
    method: 'get',
    path: '/api/v4/projects/{id}/jobs/artifacts/{ref_name}/raw/{artifact_path}',
    summary:
      "Download one file of the artifacts of a ref's latest successful job named `job` (policy: artifacts, job in jobs)",
    operation: 'openArtifactFileByRef',
    returns: 'binary',
    status: 200,
    query: ['job'],
  },
];
