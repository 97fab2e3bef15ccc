// A bridge's moment of triggering: it creates its downstream pipeline and starts mirroring it.
import { createPipeline } from './create-pipeline.js';
import type { EmulatorState } from './emulator-state.js';
import { stopJob } from './job-transitions.js';
import type { JobRecord } from './records.js';

/** Creates the bridge's downstream pipeline; with `strategy: depend` the bridge then runs with it. */
export function triggerDownstream(state: EmulatorState, bridge: JobRecord, at: number): void {
  const spec = bridge.spec.trigger;
  if (!spec) return;
  const upstream = state.pipeline(bridge.pipelineId);
  bridge.startedAt = at;
  bridge.updatedAt = at;
  // A mirroring bridge runs while its downstream pipeline does; set before creating it, so a
  // downstream pipeline that is over at once (all jobs skipped) is mirrored straight away.
  if (spec.strategy === 'depend') bridge.status = 'running';
  const downstream = createPipeline(
    state,
    {
      projectId: spec.projectId,
      ref: spec.ref ?? 'main',
      tag: false,
      sha: null,
      source: spec.projectId === upstream.projectId ? 'parent_pipeline' : 'pipeline',
      userId: bridge.userId,
      archived: false,
      stages: null,
      commit: { title: null, message: null, authorName: null, authorEmail: null },
      jobs: spec.jobs,
    },
    at,
    bridge,
  );
  bridge.downstreamPipelineId = downstream.id;
  if (spec.strategy !== 'depend') stopJob(state, bridge, 'success', at);
}
