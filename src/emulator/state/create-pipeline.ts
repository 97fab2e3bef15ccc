// Creates pipelines and jobs with ids from GitLab's sequences, all jobs starting as `created`.
import type { EmulatorState } from './emulator-state.js';
import type { JobRecord, JobSpec, PipelineRecord, PipelineSpec } from './records.js';
import { settlePipeline } from './settle-pipeline.js';
import { shaFor } from './sha-for.js';

/** Creates a pipeline with all its jobs `created`, then lets the ones without blockers start. */
export function createPipeline(
  state: EmulatorState,
  spec: PipelineSpec,
  at: number,
  upstreamBridge: JobRecord | null,
): PipelineRecord {
  const id = state.allocatePipelineId();
  const project = state.project(spec.projectId);
  const author = state.user(spec.userId);
  const pipeline: PipelineRecord = {
    id,
    iid: state.allocateIid(spec.projectId),
    projectId: spec.projectId,
    ref: spec.ref,
    tag: spec.tag,
    sha: spec.sha ?? shaFor(`${project.fullPath}#${id}`),
    source: spec.source,
    userId: spec.userId,
    createdAt: at,
    archived: spec.archived,
    stages: spec.stages ?? [...new Set(spec.jobs.map((job) => job.stage))],
    commit: {
      title: spec.commit.title ?? `Update ${spec.ref}`,
      message: spec.commit.message ?? spec.commit.title ?? `Update ${spec.ref}`,
      authorName: spec.commit.authorName ?? author?.name ?? 'Administrator',
      authorEmail: spec.commit.authorEmail ?? author?.email ?? 'admin@example.com',
    },
    jobIds: [],
    upstreamBridgeId: upstreamBridge?.id ?? null,
  };
  state.pipelines.set(id, pipeline);
  for (const jobSpec of spec.jobs) addJob(state, pipeline, jobSpec, at, 0, null);
  settlePipeline(state, pipeline, at);
  return pipeline;
}

/** Adds a `created` job (or bridge) to a pipeline; it moves once settlePipeline() lets it. */
export function addJob(
  state: EmulatorState,
  pipeline: PipelineRecord,
  spec: JobSpec,
  at: number,
  attempt: number,
  retryOf: JobRecord | null,
): JobRecord {
  const userId = spec.userId === undefined ? pipeline.userId : spec.userId;
  const job: JobRecord = {
    id: state.allocateJobId(),
    kind: spec.trigger ? 'bridge' : 'build',
    projectId: pipeline.projectId,
    pipelineId: pipeline.id,
    spec,
    attempt,
    status: 'created',
    userId,
    createdAt: at,
    updatedAt: at,
    queuedAt: null,
    startedAt: null,
    finishedAt: null,
    erasedAt: null,
    erasedByUserId: null,
    failureReason: null,
    next: null,
    retried: false,
    retryOfId: retryOf?.id ?? null,
    token: null,
    playVariables: null,
    playedByUserId: null,
    traceEndAt: null,
    artifactsUploaded: false,
    downstreamPipelineId: null,
  };
  state.jobs.set(job.id, job);
  pipeline.jobIds.push(job.id);
  return job;
}
