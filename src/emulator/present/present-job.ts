// A build as GitLab's API::Entities::Ci::Job shows it; bridges go to presentBridge instead.
import type { EmulatorState } from '../state/emulator-state.js';
import { isCompleted } from '../state/job-status.js';
import type { JobRecord } from '../state/records.js';
import { finalTraceSize } from '../trace/job-trace.js';
import { isoTime } from './iso-time.js';
import { presentBridge } from './present-bridge.js';
import type { PresentContext } from './present-context.js';
import { presentJobBasic } from './present-job-basic.js';

/** The JSON GitLab gives for a job (or, for a bridge, the bridge JSON). */
export function presentJob(context: PresentContext, job: JobRecord): Record<string, unknown> {
  if (job.kind === 'bridge') return presentBridge(context, job);
  const pipeline = context.state.pipeline(job.pipelineId);
  const artifacts = jobArtifacts(context.state, job);
  const archive = artifacts.find((artifact) => artifact.file_type === 'archive');
  const presented: Record<string, unknown> = presentJobBasic(context, job);
  if (archive) presented.artifacts_file = { filename: archive.filename, size: archive.size };
  presented.artifacts = artifacts;
  const hasRunner = job.startedAt !== null;
  presented.runner = hasRunner ? presentRunner(job) : null;
  presented.runner_manager = hasRunner ? presentRunnerManager(job, context.now) : null;
  const expireIn = job.spec.artifactsExpireInMs;
  presented.artifacts_expire_at =
    job.artifactsUploaded && expireIn !== null && job.finishedAt !== null
      ? isoTime(job.finishedAt + expireIn)
      : null;
  presented.archived = pipeline.archived;
  presented.tag_list = job.spec.tags;
  return presented;
}

interface ArtifactJson {
  file_type: string;
  size: number;
  filename: string;
  file_format: string | null;
}

// Artifacts exist once a run is over and until the job is erased; the log is archived as one.
function jobArtifacts(state: EmulatorState, job: JobRecord): ArtifactJson[] {
  if (job.erasedAt !== null) return [];
  const artifacts: ArtifactJson[] = job.artifactsUploaded
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

function presentRunner(job: JobRecord): Record<string, unknown> {
  const { runner } = job.spec;
  return {
    id: runner.id,
    description: runner.description,
    ip_address: null,
    active: true,
    paused: false,
    is_shared: true,
    runner_type: 'instance_type',
    name: runner.name,
    online: true,
    status: 'online',
  };
}

function presentRunnerManager(job: JobRecord, now: number): Record<string, unknown> {
  const { runner } = job.spec;
  return {
    id: runner.id,
    system_id: `s_${String(runner.id).padStart(12, '0')}`,
    version: '17.11.0',
    revision: '0f67ff19',
    platform: 'linux',
    architecture: 'amd64',
    created_at: isoTime((job.startedAt ?? now) - 86_400_000),
    contacted_at: isoTime(Math.min(now, job.finishedAt ?? now)),
    ip_address: '127.0.0.1',
    status: 'online',
    job_execution_status: job.status === 'running' ? 'active' : 'idle',
  };
}
