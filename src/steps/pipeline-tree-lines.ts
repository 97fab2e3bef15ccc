// The pipeline tree of a step's end as indented text lines: each stage's jobs, a bridge's pipeline under it.
import type { SummaryJob, SummaryPipeline } from './job-summary.js';

const STEP = '  ';

/** `pipeline #12 (project 1, main): success <url>`, then its stages and jobs, nested under bridges. */
export function pipelineTreeLines(pipeline: SummaryPipeline, indent = ''): string[] {
  const lines = [`${indent}${pipelineLabel(pipeline)}: ${pipeline.status}  ${pipeline.webUrl}`];
  for (const stage of pipeline.stages) {
    lines.push(`${indent}${STEP}stage ${stage.name}:`);
    for (const job of stage.jobs) lines.push(...jobLines(job, `${indent}${STEP}${STEP}`));
  }
  return lines;
}

/** `pipeline #12 (project 1, main)`. */
export function pipelineLabel(pipeline: Pick<SummaryPipeline, 'id' | 'projectId' | 'ref'>): string {
  return `pipeline #${pipeline.id} (project ${pipeline.projectId}, ${pipeline.ref})`;
}

/** The words after a job's status: its failure reason, and whether it may fail. */
export function jobRemarks(job: SummaryJob): string {
  const remarks = [
    ...(job.failureReason ? [job.failureReason] : []),
    ...(job.allowFailure && job.status === 'failed' ? ['allowed to fail'] : []),
  ];
  return remarks.length > 0 ? ` (${remarks.join('; ')})` : '';
}

function jobLines(job: SummaryJob, indent: string): string[] {
  const kind = job.bridge ? ' (bridge)' : '';
  const lines = [`${indent}#${job.id} ${job.name}${kind}: ${job.status}${jobRemarks(job)}`];
  if (job.bridge?.note) lines.push(`${indent}${STEP}note: ${job.bridge.note}`);
  if (job.bridge?.downstream) {
    lines.push(...pipelineTreeLines(job.bridge.downstream, `${indent}${STEP}`));
  }
  return lines;
}
