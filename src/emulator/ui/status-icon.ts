// How the dashboard shows a status: GitLab's icon (a ring and a glyph) in the status's colour.
import { escapeHtml } from './escape-html.js';

// Each status: its colour group (a CSS class) and the glyph drawn inside the ring.
const STATUSES: Record<string, { group: string; glyph: string }> = {
  success: { group: 'success', glyph: '<path d="M5 8.2l2 2 4-4.2" class="stroke"/>' },
  failed: {
    group: 'failed',
    glyph: '<path d="M5.7 5.7l4.6 4.6M10.3 5.7l-4.6 4.6" class="stroke"/>',
  },
  running: { group: 'running', glyph: '<path d="M8 4a4 4 0 0 1 0 8z" class="fill"/>' },
  pending: { group: 'pending', glyph: '<path d="M6.5 5.5v5M9.5 5.5v5" class="stroke"/>' },
  preparing: { group: 'pending', glyph: dots() },
  waiting_for_resource: { group: 'pending', glyph: dots() },
  waiting_for_callback: { group: 'pending', glyph: dots() },
  created: { group: 'neutral', glyph: '<circle cx="8" cy="8" r="2.2" class="stroke"/>' },
  manual: {
    group: 'neutral',
    glyph:
      '<circle cx="8" cy="8" r="1.6" class="stroke"/><path d="M8 4.2v1.6M8 10.2v1.6M4.2 8h1.6M10.2 8h1.6M5.3 5.3l1.1 1.1M9.6 9.6l1.1 1.1M5.3 10.7l1.1-1.1M9.6 6.4l1.1-1.1" class="stroke thin"/>',
  },
  scheduled: { group: 'neutral', glyph: '<path d="M8 5v3.2l2.1 1.3" class="stroke"/>' },
  canceled: { group: 'neutral', glyph: '<path d="M5.5 10.5l5-5" class="stroke"/>' },
  canceling: { group: 'neutral', glyph: '<path d="M5.5 10.5l5-5" class="stroke"/>' },
  skipped: {
    group: 'neutral',
    glyph: '<path d="M5 5.5l2.5 2.5L5 10.5M8.5 5.5L11 8l-2.5 2.5" class="stroke"/>',
  },
};

function dots(): string {
  return '<circle cx="5.2" cy="8" r="0.9" class="fill"/><circle cx="8" cy="8" r="0.9" class="fill"/><circle cx="10.8" cy="8" r="0.9" class="fill"/>';
}

/** The colour group of a status (`success`, `failed`, `running`, `pending` or `neutral`). */
export function statusGroup(status: string): string {
  return STATUSES[status]?.group ?? 'neutral';
}

/** An inline SVG icon for the status, labelled with the status for assistive technology. */
export function statusIcon(status: string): string {
  const style = STATUSES[status] ?? { group: 'neutral', glyph: '' };
  const label = escapeHtml(status.replaceAll('_', ' '));
  return `<svg class="ci-icon ci-${style.group}" viewBox="0 0 16 16" width="16" height="16" role="img" aria-label="${label}"><title>${label}</title><circle cx="8" cy="8" r="7" class="ring"/>${style.glyph}</svg>`;
}
