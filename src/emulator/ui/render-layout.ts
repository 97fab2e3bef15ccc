// The dashboard's page frame: navigation, the clock, the acting user, the notice area, assets.
import { html, raw } from 'hono/html';
import { formatTime } from './format-time.js';
import { UI_BASE } from './ui-base.js';
import type { UiContext } from './ui-context.js';

/** Which navigation entry is current. */
export type UiSection = 'pipelines' | 'requests' | 'controls';

/** Markup from hono/html's `html` template (escaped unless made with `raw`). */
export type Html = ReturnType<typeof html>;

/** A whole page around `body`; `watch` names a job whose log growth should redraw the page. */
export function renderLayout(
  ctx: UiContext,
  page: {
    title: string;
    section: UiSection | null;
    body: Html;
    watchJobId?: number;
    digest: string;
  },
): Html {
  const { runtime, actAs } = ctx;
  const nav = (section: UiSection, label: string, path: string) =>
    html`<a href="${UI_BASE}${path}" ${page.section === section ? raw('aria-current="page"') : ''}>${label}</a>`;
  const users = [...runtime.state.users.values()];
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${page.title} · jobrelay emulator</title>
<link rel="stylesheet" href="${UI_BASE}/assets/dashboard.css">
<script src="${UI_BASE}/assets/dashboard.js" defer></script>
</head>
<body data-ui-base="${UI_BASE}" data-digest="${page.digest}" data-watch="${page.watchJobId ?? ''}">
<a class="skip-link" href="#main">Skip to content</a>
<header class="topbar">
  <a class="brand" href="${UI_BASE}">jobrelay <span>GitLab emulator</span></a>
  <nav aria-label="Dashboard">
    ${nav('pipelines', 'Pipelines', '')}${nav('requests', 'Requests', '/requests')}${nav('controls', 'Controls', '/controls')}
  </nav>
  ${renderClock(ctx)}
  <form class="act-as" method="post" action="${UI_BASE}/act-as" data-action data-auto-submit>
    <label for="act-as-user">Act as</label>
    <select id="act-as-user" name="user">
      ${users.map((user) => html`<option value="${user.username}" ${user.username === actAs ? raw('selected') : ''}>${user.username}</option>`)}
    </select>
    <input type="hidden" name="return" value="${ctx.here}">
    <button type="submit" class="button small no-js-only">Use</button>
  </form>
</header>
<div id="notice" class="notice" role="status" aria-live="polite">${ctx.notice ?? ''}</div>
<main id="main" tabindex="-1">
<h1 class="visually-hidden">${page.title}</h1>
${page.body}
</main>
</body>
</html>`;
}

function renderClock(ctx: UiContext): Html {
  const { clock } = ctx.runtime;
  const now = clock.now();
  const mode = clock.mode === 'virtual' ? 'paused (virtual time)' : `running ×${clock.speed}`;
  return html`<p class="clock" data-live="clock" data-now-ms="${now}" data-mode="${clock.mode}" data-speed="${clock.speed}">
    <span class="visually-hidden">Emulator time: </span><time class="clock-time" datetime="${new Date(now).toISOString()}">${formatTime(now)}</time>
    <span class="clock-mode">${mode}</span>
  </p>`;
}
