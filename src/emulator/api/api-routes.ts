// The endpoints of GitLab's Jobs API that the emulator serves (the eleven, and trigger_jobs), and its Pipelines API.
import type { ApiRoute } from './api-route.js';
import { cancelJobRoute } from './cancel-job-route.js';
import { cancelPipelineRoute } from './cancel-pipeline-route.js';
import { createPipelineRoute } from './create-pipeline-route.js';
import { eraseJobRoute } from './erase-job-route.js';
import { getAllowedAgentsRoute } from './get-allowed-agents-route.js';
import { getCurrentJobRoute } from './get-current-job-route.js';
import { getJobArtifactFileRoute } from './get-job-artifact-file-route.js';
import { getJobArtifactsRoute } from './get-job-artifacts-route.js';
import { getJobRoute } from './get-job-route.js';
import { getJobTraceRoute } from './get-job-trace-route.js';
import { getLatestPipelineRoute } from './get-latest-pipeline-route.js';
import { getPipelineRoute } from './get-pipeline-route.js';
import { getRefArtifactFileRoute } from './get-ref-artifact-file-route.js';
import { getRefArtifactsRoute } from './get-ref-artifacts-route.js';
import { listPipelineBridgesRoute } from './list-pipeline-bridges-route.js';
import { listPipelineJobsRoute } from './list-pipeline-jobs-route.js';
import { listPipelineTriggerJobsRoute } from './list-pipeline-trigger-jobs-route.js';
import { listPipelineVariablesRoute } from './list-pipeline-variables-route.js';
import { listPipelinesRoute } from './list-pipelines-route.js';
import { listProjectJobsRoute } from './list-project-jobs-route.js';
import { playJobRoute } from './play-job-route.js';
import { retryJobRoute } from './retry-job-route.js';
import { retryPipelineRoute } from './retry-pipeline-route.js';
import { TRIGGER_PIPELINE_ROUTES } from './trigger-pipeline-routes.js';

/** Every emulated endpoint, mounted below `/api/v4`. */
export const API_ROUTES: readonly ApiRoute[] = [
  listProjectJobsRoute,
  listPipelineJobsRoute,
  listPipelineBridgesRoute,
  listPipelineTriggerJobsRoute,
  getCurrentJobRoute,
  getAllowedAgentsRoute,
  getJobRoute,
  getJobTraceRoute,
  // The ref routes before the job-id ones, as Grape defines them (lib/api/ci/job_artifacts.rb):
  // `jobs/artifacts/artifacts/download` is the ref `artifacts`, not job "artifacts".
  getRefArtifactsRoute,
  getRefArtifactFileRoute,
  getJobArtifactsRoute,
  getJobArtifactFileRoute,
  cancelJobRoute,
  retryJobRoute,
  eraseJobRoute,
  playJobRoute,
  // Pipelines (lib/api/ci/pipelines.rb, lib/api/ci/triggers.rb); `latest` before `:pipeline_id`,
  // as Grape declares it first.
  listPipelinesRoute,
  createPipelineRoute,
  getLatestPipelineRoute,
  getPipelineRoute,
  listPipelineVariablesRoute,
  cancelPipelineRoute,
  retryPipelineRoute,
  ...TRIGGER_PIPELINE_ROUTES,
];
