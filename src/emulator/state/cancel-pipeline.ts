// Ci::CancelPipelineService: cancels every cancelable job of a pipeline and of its child pipelines.
import type { EmulatorState } from './emulator-state.js';
import { isCancelable } from './job-status.js';
import { stopJob } from './job-transitions.js';
import type { PipelineRecord } from './records.js';
import { settlePipeline } from './settle-pipeline.js';

/**
 * Cancels the pipeline's cancelable jobs and bridges (manual ones too, as `event :cancel` does),
 * then does the same to its child pipelines, all the way down (`cascade_to_children`, on by
 * default; GitLab does it in a worker, here at once). A multi-project downstream pipeline goes
 * on running: only the bridge that started it is canceled. Every job is stopped before the
 * pipeline moves on, so a later job is canceled rather than skipped. A running build whose
 * runner cancels gracefully (`cancelGrace`) is `canceling` first.
 */
export function cancelPipeline(state: EmulatorState, pipeline: PipelineRecord, at: number): void {
  for (const job of state.pipelineJobs(pipeline)) {
    if (job.retried || !isCancelable(job.status)) continue;
    const graceful = job.kind === 'build' && job.status === 'running' && job.spec.cancelGraceMs > 0;
    stopJob(state, job, graceful ? 'canceling' : 'canceled', at);
  }
  settlePipeline(state, pipeline, at);
  for (const child of childPipelines(state, pipeline)) cancelPipeline(state, child, at);
}

// Pipelines a bridge of this pipeline started in the same project (source parent_pipeline).
function childPipelines(state: EmulatorState, pipeline: PipelineRecord): PipelineRecord[] {
  const children: PipelineRecord[] = [];
  for (const candidate of state.pipelines.values()) {
    if (candidate.source !== 'parent_pipeline' || candidate.upstreamBridgeId === null) continue;
    if (state.jobs.get(candidate.upstreamBridgeId)?.pipelineId === pipeline.id)
      children.push(candidate);
  }
  return children;
}
