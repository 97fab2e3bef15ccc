// A job's archive artifact while it can be downloaded: uploaded, not erased, not expired unless locked.
import { artifactsUploadedAt } from '../state/artifacts-uploaded-at.js';
import type { EmulatorState } from '../state/emulator-state.js';
import type { ArtifactSpec, JobRecord } from '../state/records.js';
import { latestSuccessfulPipeline } from './latest-successful-pipeline.js';

/**
 * The job's `archive` artifact, as Ci::Build#available_artifacts? allows it:
 * `(!artifacts_expired? || pipeline.artifacts_locked?) && job_artifacts_archive&.exists?`.
 * Undefined before the upload, after an erase, and once expired (GitLab's cleanup then removes
 * the file) — except in the newest successful pipeline of its ref, whose artifacts GitLab locks
 * ("Keep artifacts from most recent successful jobs", on by default).
 */
export function availableArchive(
  state: EmulatorState,
  job: JobRecord,
  now: number,
): ArtifactSpec | undefined {
  if (job.kind !== 'build') return undefined;
  const uploadedAt = artifactsUploadedAt(job, now);
  if (uploadedAt === null) return undefined;
  const archive = job.spec.artifacts.find((artifact) => artifact.fileType === 'archive');
  if (!archive) return undefined;
  const expireIn = job.spec.artifactsExpireInMs;
  if (expireIn === null || uploadedAt + expireIn > now) return archive;
  const pipeline = state.pipeline(job.pipelineId);
  const locked =
    latestSuccessfulPipeline(state, state.project(pipeline.projectId), pipeline.ref)?.id ===
    pipeline.id;
  return locked ? archive : undefined;
}
