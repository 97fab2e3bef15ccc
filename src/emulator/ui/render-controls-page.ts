// Rehearsal controls: the clock, the faults in force, the rate limits.
import { html } from 'hono/html';
import type { EmulatorRuntime } from '../emulator-runtime.js';
import { FAULT_KINDS } from '../faults/fault-spec.js';
import { describeFault } from './describe-fault.js';
import { formatTime } from './format-time.js';
import type { Html } from './render-layout.js';
import { UI_BASE } from './ui-base.js';

const ROUTES = [
  'GET /projects/:id/jobs',
  'GET /projects/:id/jobs/:job_id',
  'GET /projects/:id/jobs/:job_id/trace',
  'POST /projects/:id/jobs/:job_id/play',
  'POST /projects/:id/jobs/:job_id/retry',
  'POST /projects/:id/jobs/:job_id/cancel',
  'POST /projects/:id/jobs/:job_id/erase',
  'GET /projects/:id/pipelines/:pipeline_id/jobs',
  'GET /projects/:id/pipelines/:pipeline_id/bridges',
  'GET /job',
];

/** The controls page's body. */
export function renderControlsPage(runtime: EmulatorRuntime, here: string): Html {
  const back = html`<input type="hidden" name="return" value="${here}">`;
  return html`<div class="controls">
${clockSection(runtime, back)}
${faultSection(runtime, back)}
${rateLimitSection(runtime, back)}
<datalist id="api-routes">${ROUTES.map((route) => html`<option value="${route}"></option>`)}</datalist>
</div>`;
}

function clockSection(runtime: EmulatorRuntime, back: Html): Html {
  const { clock } = runtime;
  return html`<section class="panel" aria-labelledby="clock-title">
<h2 id="clock-title">Clock</h2>
<p data-live="clock-state">It is <strong>${formatTime(clock.now())}</strong> UTC on the emulator's clock, which is
${clock.mode === 'virtual' ? html`<strong>paused</strong>: time moves only when advanced` : html`<strong>running</strong> at <strong>×${clock.speed}</strong> the wall clock`}.</p>
<div class="control-row">
  <form method="post" action="${UI_BASE}/clock" data-action>${back}
    <input type="hidden" name="mode" value="virtual">
    <button type="submit" class="button" id="clock-pause">Pause</button>
  </form>
  <form method="post" action="${UI_BASE}/clock" data-action class="inline">${back}
    <input type="hidden" name="mode" value="real">
    <label>Speed × <input type="number" name="speed" min="0.001" step="any" value="${clock.speed}" inputmode="decimal"></label>
    <button type="submit" class="button" id="clock-run">Run</button>
  </form>
</div>
<div class="control-row">
  ${['10s', '1m', '10m', '1h'].map(
    (by) => html`<form method="post" action="${UI_BASE}/clock/advance" data-action>${back}
    <input type="hidden" name="by" value="${by}"><button type="submit" class="button" id="advance-${by}">+${by}</button></form>`,
  )}
  <form method="post" action="${UI_BASE}/clock/advance" data-action class="inline">${back}
    <label>Advance by <input type="text" name="by" placeholder="90s, 5m, 2h" size="8" required></label>
    <button type="submit" class="button">Advance</button>
  </form>
</div>
</section>`;
}

function faultSection(runtime: EmulatorRuntime, back: Html): Html {
  const faults = runtime.faults.armed();
  return html`<section class="panel" aria-labelledby="faults-title">
<h2 id="faults-title">Faults</h2>
<div data-live="faults">
${
  faults.length === 0
    ? html`<p class="empty">No fault is armed: every request reaches GitLab.</p>`
    : html`<table class="compact"><caption>Armed faults, matched in this order</caption>
  <thead><tr><th scope="col">#</th><th scope="col">Route</th><th scope="col">Effect</th><th scope="col">Left</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
  <tbody>${faults.map(
    (
      fault,
    ) => html`<tr><td>${fault.id}</td><td><code>${fault.route?.text ?? 'any request'}</code></td><td>${describeFault(fault)}</td><td>${fault.remaining}</td>
    <td><form method="post" action="${UI_BASE}/faults/${fault.id}/remove" data-action>${back}<button type="submit" class="button small" id="remove-fault-${fault.id}">Remove</button></form></td></tr>`,
  )}</tbody></table>
  <form method="post" action="${UI_BASE}/faults/clear" data-action>${back}<button type="submit" class="button">Remove all</button></form>`
}
</div>
<form method="post" action="${UI_BASE}/faults" data-action class="stacked">${back}
  <h3>Arm a fault</h3>
  <label>Route <input type="text" name="route" list="api-routes" placeholder="POST /projects/:id/jobs/:job_id/play (empty: any)" size="44"></label>
  <label>Effect <select name="effect">
    <option value="status">answer with a status</option>
    ${FAULT_KINDS.map((kind) => html`<option value="${kind}">${kind}</option>`)}
    <option value="delay">only a delay</option>
  </select></label>
  <label>Status <input type="number" name="status" min="200" max="599" value="503"></label>
  <label>Delay <input type="text" name="delay" placeholder="e.g. 5s" size="6"></label>
  <label>Times <input type="number" name="times" min="1" value="1"></label>
  <label class="check"><input type="checkbox" name="apply" value="true"> GitLab applies the request first</label>
  <button type="submit" class="button primary">Arm</button>
</form>
</section>`;
}

function rateLimitSection(runtime: EmulatorRuntime, back: Html): Html {
  const rules = runtime.rateLimiter.rules();
  const example = '[{"route": "GET /projects/:id/jobs", "limit": 5, "window": "1m"}]';
  return html`<section class="panel" aria-labelledby="limits-title">
<h2 id="limits-title">Rate limits</h2>
<div data-live="rate-limits">
${
  rules.length === 0
    ? html`<p class="empty">No rate limit is set.</p>`
    : html`<table class="compact"><caption>Limits per caller, in fixed windows of emulator time</caption>
  <thead><tr><th scope="col">Route</th><th scope="col">Limit</th><th scope="col">Window</th><th scope="col">Kind</th></tr></thead>
  <tbody>${rules.map((rule) => html`<tr><td><code>${rule.route ?? 'any request'}</code></td><td>${rule.limit}</td><td>${rule.windowMs / 1000} s</td><td>${rule.kind}</td></tr>`)}</tbody></table>
  <form method="post" action="${UI_BASE}/rate-limits/clear" data-action>${back}<button type="submit" class="button">Remove all</button></form>`
}
</div>
<form method="post" action="${UI_BASE}/rate-limits" data-action class="stacked">${back}
  <label for="rate-limit-rules">Replace the limits (a JSON or YAML list, as in a scenario's <code>server.rateLimits</code>)</label>
  <textarea id="rate-limit-rules" name="rules" rows="4" spellcheck="false" placeholder="${example}">${rules.length > 0 ? JSON.stringify(rules.map((rule) => ({ ...(rule.route ? { route: rule.route } : {}), limit: rule.limit, window: rule.windowMs, kind: rule.kind }))) : ''}</textarea>
  <button type="submit" class="button primary">Set limits</button>
</form>

</section>`;
}
