// A pipeline as GitLab draws it: a header, then stages as columns of job chips, linked pipelines.
import { html, raw } from 'hono/html';
import type { EmulatorState } from '../state/emulator-state.js';
import { pipelineStatus } from '../state/pipeline-status.js';
import type { JobRecord, PipelineRecord } from '../state/records.js';
import { formatTime } from './format-time.js';
import { jobActionFor } from './job-actions-for.js';
import { renderJobAction } from './render-job-action.js';
import type { Html } from './render-layout.js';
import { statusGroup, statusIcon } from './status-icon.js';
import { UI_BASE } from './ui-base.js';

/** The pipeline's card: status, id, ref, commit and user, and its graph. */
export function renderPipeline(state: EmulatorState, pipeline: PipelineRecord, here: string): Html {
  const status = pipelineStatus(state, pipeline);
  const project = state.project(pipeline.projectId);
  const user = state.user(pipeline.userId);
  const titleId = `pipeline-${pipeline.id}-title`;
  return html`<article class="pipeline" id="pipeline-${pipeline.id}" data-pipeline-id="${pipeline.id}" data-status="${status}" aria-labelledby="${titleId}">
<header class="pipeline-header">
  ${statusBadge(status)}
  <h3 id="${titleId}"><a href="${UI_BASE}/pipelines/${pipeline.id}">${project.fullPath} #${pipeline.id}</a></h3>
  <span class="ref" title="ref">${pipeline.ref}</span>
  <span class="commit-title">${pipeline.commit.title}</span>
  <span class="meta">${pipeline.source}${user ? html` · by ${user.username}` : ''} · created <time datetime="${new Date(pipeline.createdAt).toISOString()}">${formatTime(pipeline.createdAt)}</time></span>
</header>
<div class="pipeline-graph">
  ${upstreamColumn(state, pipeline)}
  ${stagesOf(state, pipeline).map(
    ({ stage, jobs }) => html`<section class="stage" aria-label="Stage ${stage}">
    <h4 class="stage-name">${stage}</h4>
    <ul class="stage-jobs">${jobs.map((job) => jobChip(state, job, here))}</ul>
  </section>`,
  )}
  ${downstreamColumn(state, pipeline)}
</div>
</article>`;
}

/** A status as GitLab's badge: icon and word, in the status colour. */
export function statusBadge(status: string): Html {
  return html`<span class="ci-badge ci-${statusGroup(status)}" data-status="${status}">${raw(statusIcon(status))}<span>${status.replaceAll('_', ' ')}</span></span>`;
}

// Stages in the pipeline's order (then any others), each with its latest jobs in creation order.
function stagesOf(state: EmulatorState, pipeline: PipelineRecord) {
  const jobs = state.pipelineJobs(pipeline).filter((job) => !job.retried);
  const names = [...pipeline.stages];
  for (const job of jobs) if (!names.includes(job.spec.stage)) names.push(job.spec.stage);
  return names
    .map((stage) => ({ stage, jobs: jobs.filter((job) => job.spec.stage === stage) }))
    .filter(({ jobs: inStage }) => inStage.length > 0);
}

function jobChip(state: EmulatorState, job: JobRecord, here: string): Html {
  const name = job.spec.name;
  const action = jobActionFor(job);
  const status = job.status.replaceAll('_', ' ');
  const downstream =
    job.downstreamPipelineId === null ? undefined : state.pipelines.get(job.downstreamPipelineId);
  const href = downstream ? `${UI_BASE}/pipelines/${downstream.id}` : `${UI_BASE}/jobs/${job.id}`;
  const title = downstream
    ? `${name} - ${status} - triggers ${state.project(downstream.projectId).fullPath} #${downstream.id}`
    : `${name} - ${status}`;
  return html`<li class="job-chip ci-${statusGroup(job.status)}${job.kind === 'bridge' ? ' bridge' : ''}" data-job-id="${job.id}" data-job-name="${name}" data-status="${job.status}">
  <a class="job-link" href="${href}" title="${title}">${raw(statusIcon(job.status))}<span class="job-name">${name}</span>${
    job.kind === 'bridge'
      ? raw(
          '<svg class="bridge-arrow" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M3 8h9M9 5l3 3-3 3" class="stroke"/></svg>',
        )
      : ''
  }<span class="visually-hidden"> (${status}${downstream ? `, downstream pipeline #${downstream.id}` : ''})</span></a>
  ${action ? renderJobAction(action, { id: job.id, name }, here, { compact: true }) : ''}
</li>`;
}

function linkedPipeline(state: EmulatorState, pipeline: PipelineRecord, via: string): Html {
  const status = pipelineStatus(state, pipeline);
  const project = state.project(pipeline.projectId).fullPath;
  return html`<li class="linked-pipeline ci-${statusGroup(status)}" data-status="${status}">
  <a href="${UI_BASE}/pipelines/${pipeline.id}" title="${project} #${pipeline.id} - ${status}">${raw(statusIcon(status))}<span><span class="linked-project">${project}</span> <span class="linked-id">#${pipeline.id}</span></span></a>
  <span class="linked-via">${via}</span>
</li>`;
}

function upstreamColumn(state: EmulatorState, pipeline: PipelineRecord): Html | string {
  const bridge =
    pipeline.upstreamBridgeId === null ? undefined : state.jobs.get(pipeline.upstreamBridgeId);
  const upstream = bridge ? state.pipelines.get(bridge.pipelineId) : undefined;
  if (!bridge || !upstream) return '';
  return html`<section class="stage linked upstream" aria-label="Upstream pipeline">
  <h4 class="stage-name">Upstream</h4>
  <ul class="stage-jobs">${linkedPipeline(state, upstream, `via ${bridge.spec.name}`)}</ul>
</section>`;
}

function downstreamColumn(state: EmulatorState, pipeline: PipelineRecord): Html | string {
  const links = state
    .pipelineJobs(pipeline)
    .filter((job) => !job.retried && job.downstreamPipelineId !== null)
    .flatMap((job) => {
      const downstream = state.pipelines.get(job.downstreamPipelineId ?? -1);
      return downstream ? [linkedPipeline(state, downstream, `from ${job.spec.name}`)] : [];
    });
  if (links.length === 0) return '';
  return html`<section class="stage linked downstream" aria-label="Downstream pipelines">
  <h4 class="stage-name">Downstream</h4>
  <ul class="stage-jobs">${links}</ul>
</section>`;
}
