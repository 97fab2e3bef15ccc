// The variables of a pipeline: the ones it was created with, or those its bridge passed down.
import type { EmulatorState } from './emulator-state.js';
import type { PipelineRecord, PipelineVariable } from './records.js';

/**
 * A pipeline's variables (`GET …/variables`, and what its jobs see at pipeline-variable
 * precedence): those given to `POST /pipeline` or a trigger; for a downstream pipeline, its
 * bridge's own `variables:` (GitLab's `trigger:forward` defaults: `yaml_variables: true`,
 * `pipeline_variables: false`, so the upstream pipeline's variables are not passed on).
 */
export function pipelineVariables(
  state: EmulatorState,
  pipeline: PipelineRecord,
): PipelineVariable[] {
  if (pipeline.variables) return pipeline.variables;
  const bridge = state.jobs.get(pipeline.upstreamBridgeId ?? -1);
  if (bridge?.kind !== 'bridge') return [];
  return Object.entries(bridge.spec.variables).map(([key, value]) => ({
    key,
    value,
    variableType: 'env_var',
  }));
}
