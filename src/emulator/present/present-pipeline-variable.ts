// A pipeline variable as GitLab's API::Entities::Ci::Variable shows a Ci::PipelineVariable.
import type { PipelineVariable } from '../state/records.js';

/**
 * `variable_type`, `key`, `value`, and `raw` (Ci::PipelineVariable includes Ci::RawVariable;
 * it has no hidden, protected, masked, environment_scope or description to show).
 */
export function presentPipelineVariable(variable: PipelineVariable): Record<string, unknown> {
  return {
    variable_type: variable.variableType,
    key: variable.key,
    value: variable.value,
    raw: false,
  };
}
