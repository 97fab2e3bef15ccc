// Ends a step the same way for every command: outputs, an annotation when the job failed, the summary.

import { errorMessage } from '../gitlab/errors/error-message.js';
import type { Job } from '../gitlab/schemas/job.js';
import type { JobSummary } from './job-summary.js';
import type { StepContext } from './step-context.js';
import type { StepOutputName } from './step-outputs.js';
import type { JobStepResult, StepResult } from './step-result.js';

/** How a step ended, before it is reported. */
export interface StepEnd {
  command: string;
  job: Job;
  outcome: StepResult['outcome'];
  /** One sentence: what happened. */
  message: string;
  logTail: string[];
  details?: Array<[string, string]>;
  extraOutputs?: Partial<Record<StepOutputName, string>>;
}

/** Sets the outputs, annotates a failed job or step, writes the summary; returns the step's result. */
export async function reportStepEnd(context: StepContext, end: StepEnd): Promise<JobStepResult> {
  const { reporter } = context;
  const { job } = end;
  const outputs: Partial<Record<StepOutputName, string>> = {
    status: job.status,
    'job-id': String(job.id),
    'web-url': job.web_url,
    duration: job.duration === null ? '' : String(job.duration),
    'failure-reason': job.failure_reason ?? '',
    'timed-out': String(end.outcome === 'timed-out'),
    ...end.extraOutputs,
  };
  for (const [name, value] of Object.entries(outputs)) {
    reporter.setOutput(name as StepOutputName, value ?? '');
  }
  const title = `GitLab job ${job.name} (#${job.id}): ${job.status}`;
  if (end.outcome !== 'success') reporter.annotation('error', end.message, title);
  else if (job.status === 'failed') {
    reporter.annotation(
      'error',
      `GitLab job ${job.id} failed${reason(job)}: ${job.web_url}`,
      title,
    );
  }
  const summary: JobSummary = {
    command: end.command,
    outcome: end.outcome,
    headline: end.message,
    job: {
      id: job.id,
      name: job.name,
      status: job.status,
      webUrl: job.web_url,
      durationSeconds: job.duration,
      failureReason: job.failure_reason,
    },
    logTail: end.logTail,
    details: end.details ?? [],
  };
  try {
    await reporter.summary(summary);
  } catch (error) {
    reporter.warning(`Could not write the step summary: ${errorMessage(error)}`);
  }
  return { outcome: end.outcome, message: end.message, job, outputs };
}

/** ` (script_failure)` when GitLab gave a failure reason, else nothing. */
export function reason(job: Job): string {
  return job.failure_reason ? ` (${job.failure_reason})` : '';
}
