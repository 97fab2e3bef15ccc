// The shared core: every GitLab Jobs API endpoint, its schemas, errors and transport (fetch only).

export type {
  OpenArtifactFileParams,
  OpenJobArtifactsParams,
} from './artifacts/artifacts-params.js';
export { openArtifactFile } from './artifacts/open-artifact-file.js';
export type { OpenedArtifacts } from './artifacts/open-artifacts-download.js';
export { openJobArtifacts } from './artifacts/open-job-artifacts.js';
export { bodyLength } from './body-length.js';
export {
  type ClientOptions,
  createClient,
  type FetchFunction,
  type GitLabClient,
  normaliseApiUrl,
  type Redirects,
  type TokenType,
} from './client.js';
export { type Clock, systemClock } from './clock.js';
export { withoutCredentialHeaders } from './credential-headers.js';
export { errorMessage } from './errors/error-message.js';
export * from './errors/index.js';
export { hasControlCharacter } from './has-control-character.js';
export { issuePath } from './issue-path.js';
export { cancelJob } from './jobs/cancel-job.js';
export { eraseJob } from './jobs/erase-job.js';
export { type FindJobRetryParams, findJobRetry } from './jobs/find-job-retry.js';
export { getAllowedAgents } from './jobs/get-allowed-agents.js';
export { getJob } from './jobs/get-job.js';
export { getJobTokenJob } from './jobs/get-job-token-job.js';
export {
  type GetJobTraceParams,
  getJobTrace,
  type OpenedJobTrace,
  openJobTrace,
  skipBytes,
} from './jobs/get-job-trace.js';
export { type JobList, type JobListEndpoint, jobListEndpoint } from './jobs/job-list-endpoint.js';
export type { CallOptions, JobParams } from './jobs/job-params.js';
export {
  type ListPipelineBridgesParams,
  listPipelineBridges,
} from './jobs/list-pipeline-bridges.js';
export { type ListPipelineJobsParams, listPipelineJobs } from './jobs/list-pipeline-jobs.js';
export { type ListProjectJobsParams, listProjectJobs } from './jobs/list-project-jobs.js';
export { type PlayJobParams, playJob } from './jobs/play-job.js';
export {
  type JobTraceText,
  type ReadJobTraceTextParams,
  readJobTraceText,
} from './jobs/read-job-trace-text.js';
export { retryJob } from './jobs/retry-job.js';
export type { Page, PagedList } from './pagination.js';
export { encodeProjectId, type ProjectRef, projectRefProblem } from './params/project-id.js';
export {
  isVariableKey,
  MAX_VARIABLE_KEY_LENGTH,
  VARIABLE_KEY_PATTERN,
} from './params/variable-key.js';
export { parseLinkHeader } from './parse-link-header.js';
export { cancelPipeline } from './pipelines/cancel-pipeline.js';
export { type CreatePipelineParams, createPipeline } from './pipelines/create-pipeline.js';
export { type FindNewPipelinesParams, findNewPipelines } from './pipelines/find-new-pipelines.js';
export {
  type GetLatestPipelineParams,
  getLatestPipeline,
} from './pipelines/get-latest-pipeline.js';
export { getPipeline } from './pipelines/get-pipeline.js';
export { getPipelineVariables } from './pipelines/get-pipeline-variables.js';
export {
  type ListProjectPipelinesParams,
  listProjectPipelines,
} from './pipelines/list-project-pipelines.js';
export { pipelineEndpointPath } from './pipelines/pipeline-endpoint-path.js';
export {
  type PipelineOutcomeUnknownDetails,
  PipelineOutcomeUnknownError,
} from './pipelines/pipeline-outcome-unknown-error.js';
export type { PipelineParams } from './pipelines/pipeline-params.js';
export { retryPipeline } from './pipelines/retry-pipeline.js';
export {
  type NewPipelinePost,
  postNewPipelineOnce,
  READ_BACK_LOOKS,
} from './pipelines/settle-uncertain-pipeline.js';
export { type TriggerPipelineParams, triggerPipeline } from './pipelines/trigger-pipeline.js';
export { type ApiResponse, type RequestSpec, sendRequest } from './request.js';
export { type PageSpec, type RequestedPage, requestPage } from './request-page.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy, requestedDelay } from './retry-policy.js';
export * from './schemas/index.js';
export { createAnsiStripper, stripAnsi } from './trace/ansi-stripper.js';
export { followJobTrace, type JobTraceFollower } from './trace/follow-job-trace.js';
export { stripAnsiStream } from './trace/strip-ansi-stream.js';
export {
  createTraceSectionParser,
  type TraceEvent,
  type TraceSectionParser,
} from './trace/trace-section-parser.js';
export { DEFAULT_POLL_SCHEDULE, nextPollDelay, type PollSchedule } from './wait/next-poll-delay.js';
export { type PollJobParams, type PollJobResult, pollJob } from './wait/poll-job.js';
export { isWaitOver, type WaitForJobParams, waitForJob } from './wait/wait-for-job.js';
