// How a dashboard form's POST answers: JSON for the page's script, or a redirect back without it.
import type { Context } from 'hono';
import { UI_BASE } from './ui-base.js';

/** What an action did, in a sentence; `location` is where to go next (e.g. a retried job). */
export interface ActionOutcome {
  ok: boolean;
  message: string;
  location?: string;
}

/** JSON when the script asked for it; otherwise a 303 to the form's `return` page with a notice. */
export function answerAction(c: Context, outcome: ActionOutcome, returnTo: unknown): Response {
  if ((c.req.header('accept') ?? '').includes('application/json'))
    return c.json(outcome, outcome.ok ? 200 : 400);
  const target = new URL(outcome.location ?? safeReturn(returnTo), 'http://ui.invalid');
  target.searchParams.set('notice', outcome.message);
  return c.redirect(`${target.pathname}${target.search}${target.hash}`, 303);
}

// Only a page of the dashboard itself: never another origin or path.
function safeReturn(value: unknown): string {
  if (typeof value !== 'string') return UI_BASE;
  const url = new URL(value, 'http://ui.invalid');
  const inside = url.pathname === UI_BASE || url.pathname.startsWith(`${UI_BASE}/`);
  return url.origin === 'http://ui.invalid' && inside ? `${url.pathname}${url.search}` : UI_BASE;
}
