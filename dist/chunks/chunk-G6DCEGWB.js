import { createRequire as __jobrelayCreateRequire } from 'node:module';
const require = __jobrelayCreateRequire(import.meta.url);

// src/steps/pipeline-tree-lines.ts
var STEP = "  ";
function pipelineTreeLines(pipeline, indent = "") {
  const lines = [`${indent}${pipelineLabel(pipeline)}: ${pipeline.status}  ${pipeline.webUrl}`];
  for (const stage of pipeline.stages) {
    lines.push(`${indent}${STEP}stage ${stage.name}:`);
    for (const job of stage.jobs) lines.push(...jobLines(job, `${indent}${STEP}${STEP}`));
  }
  return lines;
}
function pipelineLabel(pipeline) {
  return `pipeline #${pipeline.id} (project ${pipeline.projectId}, ${pipeline.ref})`;
}
function jobRemarks(job) {
  const remarks = [
    ...job.failureReason ? [job.failureReason] : [],
    ...job.allowFailure && job.status === "failed" ? ["allowed to fail"] : []
  ];
  return remarks.length > 0 ? ` (${remarks.join("; ")})` : "";
}
function jobLines(job, indent) {
  const kind = job.bridge ? " (bridge)" : "";
  const lines = [`${indent}#${job.id} ${job.name}${kind}: ${job.status}${jobRemarks(job)}`];
  if (job.bridge?.note) lines.push(`${indent}${STEP}note: ${job.bridge.note}`);
  if (job.bridge?.downstream) {
    lines.push(...pipelineTreeLines(job.bridge.downstream, `${indent}${STEP}`));
  }
  return lines;
}

export {
  pipelineTreeLines,
  pipelineLabel,
  jobRemarks
};
