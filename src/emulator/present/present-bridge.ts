// A bridge (trigger job) as GitLab's API::Entities::Ci::Bridge shows it.
import type { JobRecord } from '../state/records.js';
import type { PresentContext } from './present-context.js';
import { presentJobBasic } from './present-job-basic.js';
import { presentPipeline } from './present-pipeline.js';

/** The JSON GitLab gives for a bridge: the basic job fields plus `downstream_pipeline`. */
export function presentBridge(context: PresentContext, bridge: JobRecord): Record<string, unknown> {
  const downstream = context.state.pipelines.get(bridge.downstreamPipelineId ?? -1);
  return {
    ...presentJobBasic(context, bridge),
    downstream_pipeline: downstream ? presentPipeline(context, downstream) : null,
  };
}
