// Turns a pipeline tree into the summary's form, saying for each bridge how its downstream pipeline counts.
import type { Bridge } from '../gitlab/schemas/bridge.js';
import type { Job } from '../gitlab/schemas/job.js';
import {
  isFinishedPipelineStatus,
  type PipelineStatus,
} from '../gitlab/schemas/pipeline-status.js';
import type { SummaryJob, SummaryPipeline } from './job-summary.js';
import type { BridgeBranch, PipelineTree } from './read-pipeline-tree.js';

/** The tree for the summary, and the downstream results that do not count toward the top pipeline. */
export interface SummarisedTree {
  pipeline: SummaryPipeline;
  /** One sentence per downstream pipeline whose failure its bridge did not pass on. */
  uncounted: string[];
}

/**
 * Summarises `tree` stage by stage (jobs and bridges in the order GitLab created them). How a
 * bridge relates to its pipeline follows GitLab (app/models/ci/bridge.rb,
 * app/services/ci/create_downstream_pipeline_service.rb): with `strategy: depend` the bridge runs
 * until its pipeline ends and then takes its status (`success`, `canceled`; `failed` for a failed
 * or skipped pipeline; a manual pipeline leaves it running); without a strategy the bridge
 * succeeds as soon as the pipeline is created, so that pipeline can fail later without failing
 * this one. The API does not say a bridge's strategy: a `success` bridge whose pipeline did not
 * succeed is read as one without `depend`, and said so.
 */
export function summarisePipelineTree(tree: PipelineTree): SummarisedTree {
  const uncounted: string[] = [];
  const pipeline = summarise(tree, uncounted);
  return { pipeline, uncounted };
}

function summarise(tree: PipelineTree, uncounted: string[]): SummaryPipeline {
  const { pipeline } = tree;
  const entries: Array<{ stage: string; id: number; job: SummaryJob }> = [
    ...tree.jobs.map((job) => ({ stage: job.stage, id: job.id, job: summaryJob(job) })),
    ...tree.bridges.map((branch) => ({
      stage: branch.bridge.stage,
      id: branch.bridge.id,
      job: summaryBridge(branch, uncounted),
    })),
  ].sort((a, b) => a.id - b.id);
  const stages: SummaryPipeline['stages'] = [];
  for (const entry of entries) {
    const stage = stages.find((candidate) => candidate.name === entry.stage);
    if (stage) stage.jobs.push(entry.job);
    else stages.push({ name: entry.stage, jobs: [entry.job] });
  }
  return {
    id: pipeline.id,
    projectId: pipeline.project_id,
    ref: pipeline.ref,
    status: pipeline.status,
    webUrl: pipeline.web_url,
    durationSeconds: pipeline.duration,
    stages,
  };
}

function summaryJob(job: Job | Bridge): SummaryJob {
  return {
    id: job.id,
    name: job.name,
    status: job.status,
    webUrl: job.web_url,
    allowFailure: job.allow_failure,
    failureReason: job.failure_reason,
  };
}

function summaryBridge(branch: BridgeBranch, uncounted: string[]): SummaryJob {
  const { bridge, downstream } = branch;
  const note = downstream ? bridgeNote(bridge, downstream.pipeline.status) : branch.unread;
  if (downstream && bridge.status === 'success' && note) {
    if (isFinishedPipelineStatus(downstream.pipeline.status)) {
      uncounted.push(
        `Pipeline ${downstream.pipeline.id} (started by bridge ${JSON.stringify(bridge.name)}, job ${bridge.id}) ended ${downstream.pipeline.status}, but its bridge succeeded when it created it (no strategy: depend), so this does not fail pipeline ${bridge.pipeline.id}`,
      );
    }
  }
  return {
    ...summaryJob(bridge),
    bridge: {
      downstream: downstream ? summarise(downstream, uncounted) : undefined,
      note,
    },
  };
}

function bridgeNote(bridge: Bridge, status: PipelineStatus): string | undefined {
  if (bridge.status === 'success' && status !== 'success') {
    return isFinishedPipelineStatus(status)
      ? `its pipeline ended ${status}, but the bridge succeeded on creating it (no strategy: depend): not counted`
      : `its pipeline is still ${status}; the bridge succeeded on creating it (no strategy: depend), so it is not awaited`;
  }
  if (bridge.status === 'failed' && bridge.allow_failure) {
    return `its pipeline ended ${status}; the bridge may fail (allow_failure), so its pipeline does not fail for it`;
  }
  return undefined;
}
