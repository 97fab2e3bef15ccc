// The emulator's live dashboard at /-/emulator/ui: pipelines, job logs, requests and controls.
import { type Context, Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { html } from 'hono/html';
import { streamSSE } from 'hono/streaming';
import { readActAs } from './act-as-cookie.js';
import { createUiActionApp } from './create-ui-action-app.js';
import { DASHBOARD_SCRIPT } from './dashboard-script.js';
import { DASHBOARD_STYLES } from './dashboard-styles.js';
import { readJobLog } from './read-job-log.js';
import { renderControlsPage } from './render-controls-page.js';
import { renderJobPage } from './render-job-page.js';
import { type Html, renderLayout, type UiSection } from './render-layout.js';
import { renderPipeline } from './render-pipeline.js';
import { renderPipelinesPage } from './render-pipelines-page.js';
import { renderRequestsPage } from './render-requests-page.js';
import { readRequestFilter } from './request-filter.js';
import { RequestWho } from './request-who.js';
import { uiChangeDigest } from './ui-change-digest.js';
import type { UiContext } from './ui-context.js';
import type { UiOptions } from './ui-options.js';

// Scripts only from the dashboard itself: a job name or log line can never run as code.
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
};

/** The dashboard app, mounted at `/-/emulator/ui` (same origin as the API it shows). */
export function createUiApp(options: UiOptions): Hono {
  const { runtime } = options;
  const who = new RequestWho();
  const ui = new Hono();
  ui.use('*', async function secureHeaders(c, next) {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });
  ui.use('*', csrf());

  const contextOf = async (c: Context): Promise<UiContext> => {
    runtime.sync();
    await who.refresh(runtime);
    const url = new URL(c.req.url);
    const notice = url.searchParams.get('notice') ?? undefined;
    url.searchParams.delete('notice');
    return {
      runtime,
      actAs: readActAs(c, runtime),
      who,
      here: `${url.pathname}${url.search}`,
      notice,
    };
  };
  const page = (
    c: Context,
    ctx: UiContext,
    view: { title: string; section: UiSection | null; body: Html; watchJobId?: number },
  ) => c.html(renderLayout(ctx, { ...view, digest: uiChangeDigest(runtime, view.watchJobId) }));

  ui.get('/', async (c) => {
    const ctx = await contextOf(c);
    return page(c, ctx, {
      title: 'Pipelines',
      section: 'pipelines',
      body: renderPipelinesPage(runtime.state, ctx.here),
    });
  });
  ui.get('/pipelines/:id', async (c) => {
    const ctx = await contextOf(c);
    const pipeline = runtime.state.pipelines.get(Number(c.req.param('id')));
    if (!pipeline) return c.text('No such pipeline', 404);
    const project = runtime.state.project(pipeline.projectId);
    return page(c, ctx, {
      title: `${project.fullPath} pipeline #${pipeline.id}`,
      section: 'pipelines',
      body: html`<div data-live="pipeline">${renderPipeline(runtime.state, pipeline, ctx.here)}</div>`,
    });
  });
  ui.get('/jobs/:id', async (c) => {
    const ctx = await contextOf(c);
    const job = runtime.state.jobs.get(Number(c.req.param('id')));
    if (!job) return c.text('No such job', 404);
    const log = await readJobLog(runtime, job);
    return page(c, ctx, {
      title: `${job.spec.name} #${job.id}`,
      section: null,
      body: renderJobPage(runtime.state, job, log, runtime.clock.now(), ctx.here),
      watchJobId: job.id,
    });
  });
  ui.get('/requests', async (c) => {
    const ctx = await contextOf(c);
    const filter = readRequestFilter((name) => c.req.query(name));
    return page(c, ctx, {
      title: 'Requests',
      section: 'requests',
      body: renderRequestsPage(runtime.requestLog.list(), who, filter, ctx.here),
    });
  });
  ui.get('/controls', async (c) => {
    const ctx = await contextOf(c);
    return page(c, ctx, {
      title: 'Controls',
      section: 'controls',
      body: renderControlsPage(runtime, ctx.here),
    });
  });

  // One `change` event whenever what the page shows may have changed; the page then redraws.
  ui.get('/events', (c) => {
    const watch = Number(c.req.query('watch'));
    const watchJobId = Number.isInteger(watch) && watch > 0 ? watch : undefined;
    const interval = options.eventIntervalMs ?? 250;
    return streamSSE(c, async (stream) => {
      let last = '';
      let quietMs = 0;
      while (!stream.aborted && !stream.closed) {
        await who.refresh(runtime);
        const digest = uiChangeDigest(runtime, watchJobId);
        if (digest !== last) {
          last = digest;
          quietMs = 0;
          await stream.writeSSE({ event: 'change', data: digest });
        } else {
          quietMs += interval;
          // A comment now and then keeps proxies from closing a quiet stream.
          if (quietMs >= 15_000) {
            quietMs = 0;
            await stream.write(': still here\n\n');
          }
        }
        await stream.sleep(interval);
      }
    });
  });

  ui.get('/assets/dashboard.css', (c) =>
    c.body(DASHBOARD_STYLES, 200, { 'content-type': 'text/css; charset=utf-8' }),
  );
  ui.get('/assets/dashboard.js', (c) =>
    c.body(DASHBOARD_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
  );

  ui.route('/', createUiActionApp({ ...options, who }));
  ui.notFound((c) => c.text('Not Found', 404));
  return ui;
}
