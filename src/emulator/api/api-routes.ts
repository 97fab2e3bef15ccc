// The endpoints of GitLab's Jobs API that the emulator serves (the eleven, and trigger_jobs).
import type { ApiRoute } from './api-route.js';
import { cancelJobRoute } from './cancel-job-route.js';
import { eraseJobRoute } from './erase-job-route.js';
import { getAllowedAgentsRoute } from './get-allowed-agents-route.js';
import { getCurrentJobRoute } from './get-current-job-route.js';
import { getJobRoute } from './get-job-route.js';
import { getJobTraceRoute } from './get-job-trace-route.js';
import { listPipelineBridgesRoute } from './list-pipeline-bridges-route.js';
import { listPipelineJobsRoute } from './list-pipeline-jobs-route.js';
import { listPipelineTriggerJobsRoute } from './list-pipeline-trigger-jobs-route.js';
import { listProjectJobsRoute } from './list-project-jobs-route.js';
import { playJobRoute } from './play-job-route.js';
import { retryJobRoute } from './retry-job-route.js';

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
  cancelJobRoute,
  retryJobRoute,
  eraseJobRoute,
  playJobRoute,
];
