// Releases the `created` jobs whose blockers are done, as GitLab's pipeline processing does.
import type { EmulatorState } from './emulator-state.js';
import { isCompleted } from './job-status.js';
import { startJob, stopJob } from './job-transitions.js';
import { pipelineStatus } from './pipeline-status.js';
import type { JobRecord, PipelineRecord } from './records.js';

/**
 * Lets the `created` jobs of a pipeline whose blockers are done move on (start, wait as manual,
 * be scheduled, or be skipped), repeatedly, and tells an upstream bridge that mirrors it.
 */
export function settlePipeline(state: EmulatorState, pipeline: PipelineRecord, at: number): void {
  let changed = true;
  while (changed) {
    changed = false;
    const latest = latestByName(state, pipeline);
    for (const job of latest.values()) {
      if (job.status !== 'created') continue;
      const verdict = readiness(pipeline, latest, job);
      if (verdict === 'waiting') continue;
      changed = true;
      release(state, job, verdict === 'failed', at);
    }
  }
  mirrorToUpstream(state, pipeline, at);
}

function mirrorToUpstream(state: EmulatorState, pipeline: PipelineRecord, at: number): void {
  const bridge = state.jobs.get(pipeline.upstreamBridgeId ?? -1);
  if (bridge?.status !== 'running' || bridge.spec.trigger?.strategy !== 'depend') return;
  const status = pipelineStatus(state, pipeline);
  if (status === 'success') stopJob(state, bridge, 'success', at);
  else if (status === 'canceled') stopJob(state, bridge, 'canceled', at);
  // GitLab drops the bridge without a reason of its own, which reads as unknown_failure.
  else if (status === 'failed' || status === 'skipped')
    stopJob(state, bridge, 'failed', at, 'unknown_failure');
  else return;
  settlePipeline(state, state.pipeline(bridge.pipelineId), at);
}

function latestByName(state: EmulatorState, pipeline: PipelineRecord): Map<string, JobRecord> {
  const latest = new Map<string, JobRecord>();
  for (const job of state.pipelineJobs(pipeline)) if (!job.retried) latest.set(job.spec.name, job);
  return latest;
}

type Readiness = 'waiting' | 'ok' | 'failed';

// With `needs`, a job waits for exactly those jobs to finish; without, for every earlier stage,
// where optional manual jobs do not block and skipped jobs count as passed.
function readiness(
  pipeline: PipelineRecord,
  latest: Map<string, JobRecord>,
  job: JobRecord,
): Readiness {
  const byNeeds = job.spec.needs !== null;
  const stageIndex = pipeline.stages.indexOf(job.spec.stage);
  const blockers = byNeeds
    ? (job.spec.needs ?? []).flatMap((name) => latest.get(name) ?? [])
    : [...latest.values()].filter(
        (other) => pipeline.stages.indexOf(other.spec.stage) < stageIndex,
      );
  let failed = false;
  for (const blocker of blockers) {
    const { status } = blocker;
    if (status === 'success') continue;
    if (status === 'failed' && blocker.spec.allowFailure) continue;
    if (status === 'skipped' && !byNeeds) continue;
    if (status === 'manual' && !byNeeds && blocker.spec.allowFailure) continue;
    if (!isCompleted(status)) return 'waiting';
    failed = true;
  }
  return failed ? 'failed' : 'ok';
}

function release(state: EmulatorState, job: JobRecord, blockersFailed: boolean, at: number): void {
  const when = job.spec.when;
  const runs = when === 'always' || (when === 'on_failure' ? blockersFailed : !blockersFailed);
  if (!runs) {
    stopJob(state, job, 'skipped', at);
    return;
  }
  job.updatedAt = at;
  if (when === 'manual') job.status = 'manual';
  else if (when === 'delayed') {
    job.status = 'scheduled';
    state.schedule(job, 'start', at + job.spec.startInMs);
  } else startJob(state, job, at);
}
