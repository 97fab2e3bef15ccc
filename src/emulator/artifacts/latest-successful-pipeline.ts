// The newest successful pipeline of a project's ref, as Ci::Pipeline.latest_successful_for_ref finds it.
import type { EmulatorState } from '../state/emulator-state.js';
import { pipelineStatus } from '../state/pipeline-status.js';
import type { PipelineRecord, ProjectRecord } from '../state/records.js';

/**
 * The project's pipeline for `ref` (branch or tag name) with the highest id among those whose
 * status is `success` (app/models/ci/pipeline.rb: `newest_first(ref: ref).success.take`).
 */
export function latestSuccessfulPipeline(
  state: EmulatorState,
  project: ProjectRecord,
  ref: string,
): PipelineRecord | undefined {
  let latest: PipelineRecord | undefined;
  for (const pipeline of state.pipelines.values()) {
    if (pipeline.projectId !== project.id || pipeline.ref !== ref) continue;
    if (latest && latest.id > pipeline.id) continue;
    if (pipelineStatus(state, pipeline) === 'success') latest = pipeline;
  }
  return latest;
}
