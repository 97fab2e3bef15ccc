// Ends a pipeline command: outputs, an annotation when it failed, the summary with the pipeline tree.
import { errorMessage } from '../gitlab/errors/error-message.js';
import type { PipelineDetail } from '../gitlab/schemas/pipeline-detail.js';
import type { StepSummary, SummaryPipeline } from './job-summary.js';
import type { StepContext } from './step-context.js';
import type { StepOutputName } from './step-outputs.js';
import type { PipelineStepResult, StepResult } from './step-result.js';

/** How a pipeline command ended, before it is reported. */
export interface PipelineEnd {
  command: string;
  pipeline: PipelineDetail;
  outcome: StepResult['outcome'];
  /** One sentence: what happened. */
  message: string;
  /** The pipeline with its jobs and downstream pipelines, when they were read. */
  summary: SummaryPipeline | undefined;
}

/** Sets the outputs, annotates a failure, writes the summary; returns the step's result. */
export async function reportPipelineEnd(
  context: StepContext,
  end: PipelineEnd,
): Promise<PipelineStepResult> {
  const { reporter } = context;
  const { pipeline } = end;
  const outputs: Partial<Record<StepOutputName, string>> = {
    status: pipeline.status,
    'pipeline-id': String(pipeline.id),
    'web-url': pipeline.web_url,
    duration: pipeline.duration === null ? '' : String(pipeline.duration),
    'timed-out': String(end.outcome === 'timed-out'),
  };
  for (const [name, value] of Object.entries(outputs)) {
    reporter.setOutput(name as StepOutputName, value ?? '');
  }
  if (end.outcome !== 'success') {
    reporter.annotation(
      'error',
      end.message,
      `GitLab pipeline #${pipeline.id}: ${pipeline.status}`,
    );
  }
  const summary: StepSummary = {
    command: end.command,
    outcome: end.outcome,
    headline: end.message,
    pipeline: end.summary ?? {
      id: pipeline.id,
      projectId: pipeline.project_id,
      ref: pipeline.ref,
      status: pipeline.status,
      webUrl: pipeline.web_url,
      durationSeconds: pipeline.duration,
      stages: [],
    },
    logTail: [],
    details: [],
  };
  try {
    await reporter.summary(summary);
  } catch (error) {
    reporter.warning(`Could not write the step summary: ${errorMessage(error)}`);
  }
  return { outcome: end.outcome, message: end.message, pipeline, outputs };
}
