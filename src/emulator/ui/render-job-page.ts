// A job's page: its status, facts and actions, and its log rendered and followed as GitLab does.
import { html, raw } from 'hono/html';
import type { EmulatorState } from '../state/emulator-state.js';
import type { JobRecord } from '../state/records.js';
import { formatDuration } from './format-duration.js';
import { formatTime } from './format-time.js';
import type { ShownJobLog } from './read-job-log.js';
import { renderJobAction } from './render-job-action.js';
import { renderJobLog } from './render-job-log.js';
import type { Html } from './render-layout.js';
import { statusBadge } from './render-pipeline.js';
import { statusIcon } from './status-icon.js';
import { UI_BASE } from './ui-base.js';

const LIVE = new Set(['running', 'pending', 'preparing', 'waiting_for_resource', 'canceling']);

/** The job page's body; `log` is what {@link readJobLog} read. */
export function renderJobPage(
  state: EmulatorState,
  job: JobRecord,
  log: ShownJobLog,
  now: number,
  here: string,
): Html {
  const project = state.project(job.projectId);
  const pipeline = state.pipeline(job.pipelineId);
  const running = LIVE.has(job.status);
  return html`<nav class="breadcrumbs" aria-label="Breadcrumbs">
  <a href="${UI_BASE}#project-${project.id}">${project.fullPath}</a> ›
  <a href="${UI_BASE}/pipelines/${pipeline.id}">Pipeline #${pipeline.id}</a> ›
  <span aria-current="page">${job.spec.name} #${job.id}</span>
</nav>
<div class="job-layout">
<div class="job-main">
  <div data-live="job-header" class="job-header" data-job-id="${job.id}" data-status="${job.status}">
    <h2>${statusBadge(job.status)} <span class="job-title">${job.spec.name}</span> <span class="job-id">#${job.id}</span></h2>
    ${jobFacts(state, job, now)}
    <div class="job-actions">${jobActions(job, here)}</div>
  </div>
  <div class="log-toolbar">
    <label><input type="checkbox" id="follow-log" ${running ? raw('checked') : ''}> Follow the log</label>
    <a href="#L1">Top</a> <a href="#log-end">Bottom</a>
    <span class="log-size" data-live="log-size">${log.bytes.toLocaleString('en')} bytes${log.truncated ? ` (showing the first ${(log.text.length / 1024).toFixed(0)} KiB)` : ''}</span>
  </div>
  <div class="job-log" data-live="log" data-running="${running ? 'true' : 'false'}" role="log" aria-label="Job log" tabindex="0">${raw(renderJobLog(log.text))}${
    log.bytes === 0
      ? html`<p class="log-empty">${job.kind === 'bridge' ? 'A bridge has no log.' : job.startedAt === null ? 'The job has not started yet.' : job.erasedAt !== null ? 'The log was erased.' : 'No output yet.'}</p>`
      : ''
  }${running ? raw('<div class="log-running" aria-hidden="true"><span></span><span></span><span></span></div>') : ''}</div>
  <div id="log-end"></div>
</div>
<aside class="job-sidebar" data-live="pipeline-jobs" aria-label="Jobs of pipeline #${pipeline.id}">
  <h3>Pipeline #${pipeline.id}</h3>
  <ul>${state
    .pipelineJobs(pipeline)
    .filter((each) => !each.retried || each.id === job.id)
    .map(
      (each) =>
        html`<li${each.id === job.id ? raw(' class="current"') : ''}><a href="${UI_BASE}/jobs/${each.id}" ${each.id === job.id ? raw('aria-current="page"') : ''}>${raw(statusIcon(each.status))} ${each.spec.name}</a> <span class="stage-tag">${each.spec.stage}</span></li>`,
    )}</ul>
</aside>
</div>`;
}

function jobFacts(state: EmulatorState, job: JobRecord, now: number): Html {
  const user = state.user(job.userId);
  const duration = job.startedAt === null ? null : (job.finishedAt ?? now) - job.startedAt;
  const rows: Array<[string, Html | string]> = [
    ['Stage', job.spec.stage],
    ['User', user?.username ?? '—'],
    ['Created', formatTime(job.createdAt)],
  ];
  if (job.startedAt !== null) rows.push(['Started', formatTime(job.startedAt)]);
  if (job.finishedAt !== null) rows.push(['Finished', formatTime(job.finishedAt)]);
  if (duration !== null) rows.push(['Duration', formatDuration(duration)]);
  if (job.kind === 'build') rows.push(['Runner', job.spec.runner.description]);
  if (job.attempt > 0 || job.retried)
    rows.push(['Attempt', `${job.attempt + 1}${job.retried ? ' (retried)' : ''}`]);
  if (job.playedByUserId !== null) {
    const variables = (job.playVariables ?? []).map((variable) => variable.key).join(', ');
    rows.push([
      'Played by',
      `${state.user(job.playedByUserId)?.username ?? '?'}${variables ? ` with ${variables}` : ''}`,
    ]);
  }
  if (job.spec.environment) rows.push(['Environment', job.spec.environment.name]);
  if (job.failureReason) rows.push(['Failure reason', job.failureReason.replaceAll('_', ' ')]);
  if (job.downstreamPipelineId !== null)
    rows.push([
      'Downstream',
      html`<a href="${UI_BASE}/pipelines/${job.downstreamPipelineId}">pipeline #${job.downstreamPipelineId}</a>`,
    ]);
  if (job.erasedAt !== null) rows.push(['Erased', formatTime(job.erasedAt)]);
  return html`<dl class="job-facts">${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;
}

function jobActions(job: JobRecord, here: string): Html[] {
  const ref = { id: job.id, name: job.spec.name };
  const actions: Html[] = [];
  if (job.status === 'manual' || job.status === 'scheduled') {
    actions.push(
      renderJobAction('play', ref, here, {
        extra: html`<label class="variables"><span>Variables (<code>KEY=value</code>, one a line)</span><textarea name="variables" rows="2" spellcheck="false"></textarea></label>`,
      }),
    );
  }
  if (
    [
      'running',
      'pending',
      'preparing',
      'waiting_for_resource',
      'created',
      'manual',
      'scheduled',
      'canceling',
    ].includes(job.status)
  )
    actions.push(renderJobAction('cancel', ref, here));
  if (job.kind === 'build' && ['success', 'failed', 'canceled', 'canceling'].includes(job.status))
    actions.push(renderJobAction('retry', ref, here, { follow: true }));
  if (
    job.kind === 'build' &&
    job.erasedAt === null &&
    ['success', 'failed', 'canceled'].includes(job.status)
  )
    actions.push(renderJobAction('erase', ref, here));
  return actions;
}
