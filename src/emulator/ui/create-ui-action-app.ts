// The dashboard's form actions: act as a user on jobs (through /api/v4), the clock, faults, limits.
import { Hono } from 'hono';
import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { errorMessage } from '../../gitlab/errors/error-message.js';
import { issuePath } from '../../gitlab/issue-path.js';
import type { FaultSpec } from '../faults/fault-spec.js';
import { parseDuration } from '../scenario/duration.js';
import { RateLimitsSchema } from '../scenario/scenario-schema.js';
import { readActAs, writeActAs } from './act-as-cookie.js';
import { actOnJob, type JobAction } from './act-on-job.js';
import { type ActionOutcome, answerAction } from './action-outcome.js';
import { UI_BASE } from './ui-base.js';
import type { UiDeps } from './ui-options.js';

const JOB_ACTIONS = new Set<string>(['play', 'retry', 'cancel', 'erase']);

/** The POST routes behind the dashboard's forms (mounted on the dashboard's app). */
export function createUiActionApp(deps: UiDeps): Hono {
  const { runtime } = deps;
  const actions = new Hono();
  const form = async (c: { req: { parseBody(): Promise<Record<string, unknown>> } }) =>
    (await c.req.parseBody()) as Record<string, string | undefined>;
  const done = (ok: boolean, message: string, location?: string): ActionOutcome => ({
    ok,
    message,
    ...(location ? { location } : {}),
  });

  actions.post('/act-as', async (c) => {
    const body = await form(c);
    const user = [...runtime.state.users.values()].find((each) => each.username === body.user);
    if (!user) return answerAction(c, done(false, `There is no user ${body.user}.`), body.return);
    writeActAs(c, user.username);
    return answerAction(c, done(true, `Acting as ${user.username}.`), body.return);
  });

  actions.post('/jobs/:id/:action', async (c) => {
    const body = await form(c);
    const action = c.req.param('action');
    if (!JOB_ACTIONS.has(action))
      return answerAction(c, done(false, `Unknown action ${action}.`), body.return);
    const variables = parseVariables(body.variables ?? '');
    if (typeof variables === 'string') return answerAction(c, done(false, variables), body.return);
    const result = await actOnJob(runtime, deps.apiFetch, {
      jobId: Number(c.req.param('id')),
      action: action as JobAction,
      username: readActAs(c, runtime),
      variables,
    });
    const location =
      result.ok && action === 'retry' && result.jobId !== null
        ? `${UI_BASE}/jobs/${result.jobId}`
        : undefined;
    return answerAction(c, done(result.ok, result.message, location), body.return);
  });

  actions.post('/clock', async (c) => {
    const body = await form(c);
    if (body.mode === 'virtual') {
      runtime.clock.useVirtualTime();
      runtime.sync();
      return answerAction(c, done(true, 'The clock is paused.'), body.return);
    }
    const speed = Number(body.speed ?? runtime.clock.speed);
    if (!(speed > 0) || !Number.isFinite(speed))
      return answerAction(c, done(false, `Invalid speed ${body.speed}.`), body.return);
    runtime.clock.useRealTime(speed);
    runtime.sync();
    return answerAction(c, done(true, `The clock runs at ×${speed}.`), body.return);
  });

  actions.post('/clock/advance', async (c) => {
    const body = await form(c);
    const ms = parseDuration(body.by ?? '');
    if (ms === undefined || ms < 0)
      return answerAction(
        c,
        done(false, `Cannot advance by "${body.by}": give e.g. 30s, 5m, 2h.`),
        body.return,
      );
    runtime.clock.advance(ms);
    runtime.sync();
    return answerAction(c, done(true, `The clock moved forward by ${body.by}.`), body.return);
  });

  actions.post('/faults', async (c) => {
    const body = await form(c);
    try {
      const fault = runtime.faults.add(faultSpecOf(body));
      return answerAction(c, done(true, `Fault #${fault.id} armed.`), body.return);
    } catch (error) {
      return answerAction(c, done(false, `Invalid fault: ${issuesOf(error)}.`), body.return);
    }
  });
  actions.post('/faults/clear', async (c) => {
    const body = await form(c);
    runtime.faults.clear();
    return answerAction(c, done(true, 'Every fault is removed.'), body.return);
  });
  actions.post('/faults/:id/remove', async (c) => {
    const body = await form(c);
    const id = Number(c.req.param('id'));
    const removed = runtime.faults.remove(id);
    return answerAction(
      c,
      done(removed, removed ? `Fault #${id} removed.` : `No fault #${id} is armed.`),
      body.return,
    );
  });

  actions.post('/rate-limits', async (c) => {
    const body = await form(c);
    try {
      const text = (body.rules ?? '').trim();
      runtime.rateLimiter.setRules(v.parse(RateLimitsSchema, text === '' ? [] : parseYaml(text)));
      const count = runtime.rateLimiter.rules().length;
      return answerAction(
        c,
        done(true, `${count} rate limit${count === 1 ? '' : 's'} set.`),
        body.return,
      );
    } catch (error) {
      return answerAction(c, done(false, `Invalid rate limits: ${issuesOf(error)}.`), body.return);
    }
  });
  actions.post('/rate-limits/clear', async (c) => {
    const body = await form(c);
    runtime.rateLimiter.setRules([]);
    return answerAction(c, done(true, 'Every rate limit is removed.'), body.return);
  });

  actions.post('/requests/clear', async (c) => {
    const body = await form(c);
    runtime.requestLog.clear();
    return answerAction(c, done(true, 'The request log is cleared.'), body.return);
  });
  return actions;
}

// `KEY=value` lines; a message for the first line that is not one.
function parseVariables(text: string): Array<{ key: string; value: string }> | string {
  const variables: Array<{ key: string; value: string }> = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const at = line.indexOf('=');
    if (at < 1) return `"${line.trim()}" is not a KEY=value line.`;
    variables.push({ key: line.slice(0, at).trim(), value: line.slice(at + 1) });
  }
  return variables;
}

function faultSpecOf(body: Record<string, string | undefined>): FaultSpec {
  const spec: FaultSpec = {};
  if (body.route?.trim()) spec.route = body.route.trim();
  if (body.times?.trim()) spec.times = Number(body.times);
  if (body.delay?.trim()) spec.delayMs = parseDuration(body.delay.trim()) ?? Number.NaN;
  const effect = body.effect ?? 'status';
  if (effect === 'status') {
    spec.status = Number(body.status);
    if (body.apply === 'true') spec.apply = true;
  } else if (effect !== 'delay') spec.kind = effect as FaultSpec['kind'];
  return spec;
}

function issuesOf(error: unknown): string {
  if (error instanceof v.ValiError)
    return error.issues
      .map((issue) => {
        const path = issuePath(issue);
        return path ? `${path} ${issue.message}` : issue.message;
      })
      .join('; ');
  return errorMessage(error);
}
