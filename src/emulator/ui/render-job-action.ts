// A job action's button (play, retry, cancel, erase) in a form that posts to the dashboard.
import { html, raw } from 'hono/html';
import type { JobAction } from './act-on-job.js';
import type { Html } from './render-layout.js';
import { UI_BASE } from './ui-base.js';

const ICONS: Record<JobAction, string> = {
  play: '<path d="M5.5 4v8l6.5-4z" class="fill"/>',
  retry:
    '<path d="M12 8a4 4 0 1 1-1.2-2.85" class="stroke"/><path d="M11.4 3.2v2.3H9.1" class="stroke"/>',
  cancel: '<path d="M5 5l6 6M11 5l-6 6" class="stroke"/>',
  erase: '<path d="M4.5 5h7M6.5 5V3.8h3V5M5.5 5l.6 7.2h3.8l.6-7.2" class="stroke"/>',
};

const LABELS: Record<JobAction, string> = {
  play: 'Run',
  retry: 'Retry',
  cancel: 'Cancel',
  erase: 'Erase',
};

/**
 * A form posting `action` for the job; `compact` draws GitLab's round icon button for a job
 * chip, otherwise a labelled button. `extra` goes inside the form (e.g. variables to play with).
 */
export function renderJobAction(
  action: JobAction,
  job: { id: number; name: string },
  here: string,
  options: { compact?: boolean; extra?: Html; follow?: boolean } = {},
): Html {
  const label = `${LABELS[action]} ${job.name}`;
  const icon = raw(
    `<svg class="action-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">${ICONS[action]}</svg>`,
  );
  return html`<form class="job-action-form" method="post" action="${UI_BASE}/jobs/${job.id}/${action}" data-action ${options.follow ? raw('data-follow-result') : ''}>
<input type="hidden" name="return" value="${here}">${options.extra ?? ''}${
    options.compact
      ? html`<button type="submit" class="job-action action-${action}" id="${action}-${job.id}" aria-label="${label}" title="${label}">${icon}</button>`
      : html`<button type="submit" class="button action-${action}" id="${action}-${job.id}-button">${icon} ${LABELS[action]}</button>`
  }</form>`;
}
