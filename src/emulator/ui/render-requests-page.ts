// "What reached GitLab": the request log as a filterable table (callers by name or fingerprint).
import { html, raw } from 'hono/html';
import type { RequestLogEntry } from '../request-log/request-log.js';
import { formatTime } from './format-time.js';
import type { Html } from './render-layout.js';
import { matchesRequestFilter, type RequestFilter } from './request-filter.js';
import type { RequestWho } from './request-who.js';
import { UI_BASE } from './ui-base.js';

/** How many rows the table shows at most (the newest). */
export const REQUEST_ROWS = 500;

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD'];
const STATUSES = ['2xx', '3xx', '4xx', '5xx', 'none'];

/** The filter form and the table of requests, newest first. */
export function renderRequestsPage(
  entries: RequestLogEntry[],
  who: RequestWho,
  filter: RequestFilter,
  here: string,
): Html {
  const option = (value: string, current: string, label = value) =>
    html`<option value="${value}" ${value === current ? raw('selected') : ''}>${label}</option>`;
  return html`<section aria-labelledby="requests-title">
<div class="section-head">
  <h2 id="requests-title">What reached GitLab</h2>
  <form method="post" action="${UI_BASE}/requests/clear" data-action>
    <input type="hidden" name="return" value="${here}">
    <button type="submit" class="button">Clear the log</button>
  </form>
</div>
<p class="hint">Every request the emulated <code>/api/v4</code> received: who sent it is a user, a job, or a token's fingerprint (the first 12 hex digits of its SHA-256) — never the token.</p>
<form class="filters" method="get" action="${UI_BASE}/requests" data-live-filter role="search" aria-label="Filter requests">
  <label>Method <select name="method">${option('', filter.method, 'any')}${METHODS.map((m) => option(m, filter.method))}</select></label>
  <label>Path contains <input type="search" name="path" value="${filter.path}" placeholder="/jobs/"></label>
  <label>Status <select name="status">${option('', filter.status, 'any')}${STATUSES.map((s) => option(s, filter.status, s === 'none' ? 'no answer' : s))}</select></label>
  <label>Who <input type="search" name="who" value="${filter.who}" placeholder="maintainer, job, fingerprint"></label>
  <button type="submit" class="button">Filter</button>
</form>
${requestTable(entries, who, filter)}
</section>`;
}

function requestTable(entries: RequestLogEntry[], who: RequestWho, filter: RequestFilter): Html {
  const rows = entries
    .map((entry) => ({ entry, caller: who.callerOf(entry) }))
    .filter(({ entry, caller }) => matchesRequestFilter(filter, entry, caller))
    .reverse();
  const shown = rows.slice(0, REQUEST_ROWS);
  return html`<div class="table-wrap" data-live="requests">
<table class="requests">
  <caption>${rows.length} request${rows.length === 1 ? '' : 's'}${rows.length > shown.length ? ` (the newest ${shown.length} shown)` : ''}, newest first</caption>
  <thead><tr><th scope="col">#</th><th scope="col">Time</th><th scope="col">Method</th><th scope="col">Path</th><th scope="col">Status</th><th scope="col">Who</th><th scope="col">Notes</th></tr></thead>
  <tbody>${shown.map(({ entry, caller }) => {
    const query = Object.entries(entry.query)
      .flatMap(([key, value]) =>
        (Array.isArray(value) ? value : [value]).map((item) => `${key}=${item}`),
      )
      .join('&');
    const statusClass = entry.status === null ? 'none' : `s${String(entry.status)[0]}xx`;
    const notes = [
      entry.fault ? `fault: ${entry.fault}` : '',
      entry.tokenInQuery ? 'token in the query string' : '',
      entry.applied ? '' : 'not applied',
    ].filter(Boolean);
    return html`<tr data-seq="${entry.seq}">
    <td class="seq">${entry.seq}</td>
    <td><time datetime="${entry.at}">${formatTime(Date.parse(entry.at), false)}</time></td>
    <td><span class="method method-${entry.method.toLowerCase()}">${entry.method}</span></td>
    <td class="path"><code>${entry.path}${query ? `?${query}` : ''}</code></td>
    <td><span class="http-status ${statusClass}">${entry.status ?? '—'}</span></td>
    <td class="who">${callerCell(caller)}</td>
    <td class="notes">${notes.join('; ')}</td>
  </tr>`;
  })}</tbody>
</table>
</div>`;
}

function callerCell(caller: ReturnType<RequestWho['callerOf']>): Html {
  if (caller.kind === 'none') return html`<span class="who-anonymous">anonymous</span>`;
  const kind = { private: 'personal token', oauth: 'OAuth token', job: 'job token' }[caller.kind];
  return html`<span class="who-name">${caller.name ?? 'unknown'}</span> <span class="who-kind">${kind}</span> <code class="fingerprint" title="token fingerprint">${caller.fingerprint ?? ''}</code>`;
}
