// The fields every job and bridge shares (GitLab's API::Entities::Ci::JobBasic), in its order.
import type { JobRecord } from '../state/records.js';
import { isoTime, seconds } from './iso-time.js';
import { presentCommit } from './present-commit.js';
import type { PresentContext } from './present-context.js';
import { presentPipeline } from './present-pipeline.js';
import { presentUser } from './present-user.js';

/** The JobBasic JSON of a job or bridge at the context's time. */
export function presentJobBasic(context: PresentContext, job: JobRecord): Record<string, unknown> {
  const { state, now, baseUrl } = context;
  const pipeline = state.pipeline(job.pipelineId);
  const project = state.project(job.projectId);
  const user = state.user(job.userId);
  const basic: Record<string, unknown> = {
    id: job.id,
    status: job.status,
    stage: job.spec.stage,
    name: job.spec.name,
    ref: pipeline.ref,
    tag: pipeline.tag,
    // Coverage is parsed from the log, so it exists only once a job has run to an end.
    coverage: job.startedAt !== null && job.finishedAt !== null ? job.spec.coverage : null,
    allow_failure: job.spec.allowFailure,
    created_at: isoTime(job.createdAt),
    started_at: isoTime(job.startedAt),
    finished_at: isoTime(job.finishedAt),
    erased_at: isoTime(job.erasedAt),
    // A running job's duration keeps counting, as GitLab computes it against the current time.
    duration: seconds(job.startedAt, job.finishedAt ?? now),
    // calculate_duration(queued_at, started_at) counts to now while started_at is nil, even for a
    // job canceled before it started (Ci::HasStatus, gitlabhq/gitlabhq read_file id 519667337).
    queued_duration: seconds(job.queuedAt, job.startedAt ?? now),
    user: user ? presentUser(user, baseUrl) : null,
    commit: presentCommit(pipeline, project, baseUrl),
    pipeline: presentPipeline(context, pipeline),
  };
  // GitLab exposes failure_reason only for failed jobs; the key is absent otherwise.
  if (job.status === 'failed') basic.failure_reason = job.failureReason ?? 'unknown_failure';
  basic.web_url = `${baseUrl}/${project.fullPath}/-/jobs/${job.id}`;
  basic.project = { ci_job_token_scope_enabled: project.ciJobTokenScopeEnabled };
  return basic;
}
