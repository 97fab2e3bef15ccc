// The job whose artifacts `…/jobs/artifacts/:ref_name/…?job=` serves: Project#latest_successful_build_for_ref.
import { artifactsUploadedAt } from '../state/artifacts-uploaded-at.js';
import type { EmulatorState } from '../state/emulator-state.js';
import type { JobRecord, PipelineRecord, ProjectRecord } from '../state/records.js';
import { latestSuccessfulPipeline } from './latest-successful-pipeline.js';

/**
 * In the newest successful pipeline of `ref` and its child pipelines in the same project (parent
 * first, then by pipeline id: `ordered_by_pipeline`), the first latest (not retried) build named
 * `name` that has artifacts (`with_downloadable_artifacts`); undefined when there is none
 * (app/models/project.rb, app/models/ci/pipeline.rb `build_with_artifacts_in_self_and_project_descendants`).
 */
export function latestBuildForRef(
  state: EmulatorState,
  project: ProjectRecord,
  ref: string,
  name: string,
  now: number,
): JobRecord | undefined {
  const root = latestSuccessfulPipeline(state, project, ref);
  if (!root) return undefined;
  const pipelines = selfAndProjectDescendants(state, root).sort((a, b) => a.id - b.id);
  for (const pipeline of pipelines) {
    const found = state
      .pipelineJobs(pipeline)
      .find(
        (job) =>
          job.kind === 'build' &&
          !job.retried &&
          job.spec.name === name &&
          job.spec.artifacts.length > 0 &&
          artifactsUploadedAt(job, now) !== null,
      );
    if (found) return found;
  }
  return undefined;
}

function selfAndProjectDescendants(state: EmulatorState, root: PipelineRecord): PipelineRecord[] {
  const found = [root];
  for (let index = 0; index < found.length; index++) {
    const pipeline = found[index] as PipelineRecord;
    for (const job of state.pipelineJobs(pipeline)) {
      const child =
        job.downstreamPipelineId === null
          ? undefined
          : state.pipelines.get(job.downstreamPipelineId);
      if (child && child.projectId === root.projectId) found.push(child);
    }
  }
  return found;
}
