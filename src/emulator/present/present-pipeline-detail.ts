// A pipeline as GitLab's API::Entities::Ci::Pipeline (and PipelineWithMetadata) shows it.
import { canReadJobs, canReadPipelines } from '../state/access.js';
import { isCompleted } from '../state/job-status.js';
import { pipelineStatus } from '../state/pipeline-status.js';
import type { JobRecord, PipelineRecord, UserRecord } from '../state/records.js';
import { shaFor } from '../state/sha-for.js';
import { isoTime } from './iso-time.js';
import type { PresentContext } from './present-context.js';
import { presentPipeline } from './present-pipeline.js';
import { presentPipelineStatus } from './present-pipeline-status.js';
import { presentUserBasic } from './present-user-basic.js';

/**
 * The Pipeline entity in expose order (lib/api/entities/ci/pipeline.rb, gitlabhq/gitlabhq read_file
 * id 8530557771): PipelineBasic's fields, then before_sha, tag, yaml_errors, user, started_at,
 * finished_at, committed_at, duration, queued_duration, coverage, detailed_status, archived; with
 * `withName`, PipelineWithMetadata's `name` last. `viewer` decides `detailed_status.has_details`.
 */
export function presentPipelineDetail(
  context: PresentContext,
  pipeline: PipelineRecord,
  viewer: UserRecord | undefined,
  withName: boolean,
): Record<string, unknown> {
  const { state } = context;
  const project = state.project(pipeline.projectId);
  const latest = state.pipelineJobs(pipeline).filter((job) => !job.retried);
  const status = pipelineStatus(state, pipeline);
  const startedAt = earliest(latest.map((job) => job.startedAt));
  const finishedAt = isCompleted(status) ? latestTime(latest.map((job) => job.finishedAt)) : null;
  const user = state.user(pipeline.userId);
  const warnings = latest.some((job) => job.spec.allowFailure && job.status === 'failed');
  const json: Record<string, unknown> = {
    ...presentPipeline(context, pipeline),
    // Chain::Command#before_sha: a push's previous commit; otherwise the pipeline's own commit.
    before_sha: pipeline.source === 'push' ? shaFor(`${pipeline.sha}^`) : pipeline.sha,
    tag: pipeline.tag,
    yaml_errors: null,
    user: user ? presentUserBasic(user, context.baseUrl) : null,
    started_at: isoTime(startedAt),
    finished_at: isoTime(finishedAt),
    // The commit is pushed a minute before its pipeline (as presentCommit dates it).
    committed_at: isoTime(pipeline.createdAt - 60_000),
    duration: finishedAt === null ? null : runningSeconds(latest),
    queued_duration: queuedSeconds(pipeline.createdAt, startedAt),
    coverage: coverageOf(latest),
    detailed_status: presentPipelineStatus(
      status,
      warnings,
      `/${project.fullPath}/-/pipelines/${pipeline.id}`,
      canReadPipelines(project, viewer) && canReadJobs(project, viewer),
    ),
    archived: pipeline.archived,
  };
  if (withName) json.name = pipeline.name ?? null;
  return json;
}

function earliest(times: Array<number | null>): number | null {
  const known = times.filter((time): time is number => time !== null);
  return known.length === 0 ? null : Math.min(...known);
}

function latestTime(times: Array<number | null>): number | null {
  const known = times.filter((time): time is number => time !== null);
  return known.length === 0 ? null : Math.max(...known);
}

// Gitlab::Ci::Pipeline::Duration: the union of the jobs' running periods, in whole seconds
// (the integer column truncates).
function runningSeconds(jobs: JobRecord[]): number {
  const periods = jobs
    .filter((job) => job.startedAt !== null && job.finishedAt !== null)
    .map((job) => [job.startedAt ?? 0, job.finishedAt ?? 0] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [from, to] of periods) {
    const start = Math.max(from, end);
    if (to > start) total += to - start;
    end = Math.max(end, to);
  }
  return Math.trunc(total / 1000);
}

// Ci::Pipeline#queued_duration: whole seconds from creation to start; nil when zero.
function queuedSeconds(createdAt: number, startedAt: number | null): number | null {
  if (startedAt === null) return null;
  const seconds = Math.trunc((startedAt - createdAt) / 1000);
  return seconds === 0 ? null : seconds;
}

// Ci::PipelinePresenter#coverage: the latest builds' average coverage, as "%.2f".
function coverageOf(jobs: JobRecord[]): string | null {
  const values = jobs
    .filter((job) => job.kind === 'build' && job.spec.coverage !== null)
    .map((job) => job.spec.coverage ?? 0);
  if (values.length === 0) return null;
  return (values.reduce((sum, value) => sum + value, 0) / values.length).toFixed(2);
}
