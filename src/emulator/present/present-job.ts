// A build as GitLab's API::Entities::Ci::Job shows it; bridges go to presentBridge instead.
import { artifactsUploadedAt } from '../state/artifacts-uploaded-at.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { isCompleted } from '../state/job-status.js';
import type { JobRecord } from '../state/records.js';
import { finalTraceSize } from '../trace/job-trace.js';
import { isoTime } from './iso-time.js';
import { presentBridge } from './present-bridge.js';
import type { PresentContext } from './present-context.js';
import { presentJobBasic } from './present-job-basic.js';
import { presentRunner } from './present-runner.js';
import { presentRunnerManager } from './present-runner-manager.js';

/** The JSON GitLab gives for a job (or, for a bridge, the bridge JSON). */
export function presentJob(context: PresentContext, job: JobRecord): Record<string, unknown> {
  if (job.kind === 'bridge') return presentBridge(context, job);
  const pipeline = context.state.pipeline(job.pipelineId);
  const uploadedAt = artifactsUploadedAt(job, context.now);
  const artifacts = jobArtifacts(context.state, job, uploadedAt !== null);
  const archive = artifacts.find((artifact) => artifact.file_type === 'archive');
  const expireIn = job.spec.artifactsExpireInMs;
  const expireAt = uploadedAt !== null && expireIn !== null ? uploadedAt + expireIn : null;
  const presented: Record<string, unknown> = presentJobBasic(context, job);
  // `artifacts_file` only `if: job.artifacts?`, which is false once the archive has expired
  // (Ci::Build#artifacts? = !artifacts_expired? && artifacts_file&.exists?); the expired
  // archive stays in `artifacts` until GitLab's cleanup removes it.
  if (archive && (expireAt === null || expireAt > context.now))
    presented.artifacts_file = { filename: archive.filename, size: archive.size };
  presented.artifacts = artifacts;
  const hasRunner = job.startedAt !== null;
  presented.runner = hasRunner ? presentRunner(context.state, job) : null;
  presented.runner_manager = hasRunner
    ? presentRunnerManager(context.state, job, context.now)
    : null;
  presented.artifacts_expire_at = isoTime(expireAt);
  presented.archived = pipeline.archived;
  // The entity sorts the tag names itself (lib/api/entities/ci/job.rb, gitlabhq/gitlabhq@495a5c79).
  presented.tag_list = [...job.spec.tags].sort();
  return presented;
}

interface ArtifactJson {
  file_type: string;
  size: number;
  filename: string;
  file_format: string | null;
}

// Artifacts exist once uploaded and until the job is erased; a finished log is archived as one.
function jobArtifacts(state: EmulatorState, job: JobRecord, uploaded: boolean): ArtifactJson[] {
  if (job.erasedAt !== null) return [];
  const artifacts: ArtifactJson[] = uploaded
    ? job.spec.artifacts.map((artifact) => ({
        file_type: artifact.fileType,
        size: artifact.size,
        filename: artifact.filename,
        file_format: artifact.fileFormat,
      }))
    : [];
  if (isCompleted(job.status) && job.startedAt !== null) {
    const size = finalTraceSize(state, job);
    if (size > 0)
      artifacts.push({ file_type: 'trace', size, filename: 'job.log', file_format: 'raw' });
  }
  return artifacts;
}
