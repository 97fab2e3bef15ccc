// The emulator's own control API under /-/emulator: scenario, clock, faults, request log, tokens.
import { Hono, type MiddlewareHandler } from 'hono';
import * as v from 'valibot';
import { issuePath } from '../../gitlab/issue-path.js';
import type { EmulatorRuntime } from '../emulator-runtime.js';
import type { FaultSpec } from '../faults/fault-spec.js';
import { parseScenarioText } from '../scenario/parse-scenario-text.js';
import { ScenarioError } from '../scenario/scenario-error.js';
import { RateLimitsSchema } from '../scenario/scenario-schema.js';
import { stateSnapshot } from './state-snapshot.js';

const ClockSchema = v.strictObject({
  mode: v.optional(v.picklist(['virtual', 'real'])),
  speed: v.optional(v.pipe(v.number(), v.minValue(0.001))),
});
const AdvanceSchema = v.strictObject({ ms: v.pipe(v.number(), v.minValue(0)) });

/** The control app, mounted at `/-/emulator`. No GitLab authentication: it is the test's side door. */
export function createControlApp(runtime: EmulatorRuntime): Hono {
  const control = new Hono();
  control.use('*', controlTokenGuard(runtime.controlToken));

  control.get('/state', (c) => {
    runtime.sync();
    return c.json(stateSnapshot(runtime.state, runtime.clock));
  });
  control.post('/scenario', async (c) => {
    runtime.loadScenario(parseScenarioText(await c.req.text(), 'posted to /-/emulator/scenario'));
    return c.json({ loaded: true, now: new Date(runtime.clock.now()).toISOString() });
  });

  const clockView = () => ({
    now: new Date(runtime.clock.now()).toISOString(),
    nowMs: runtime.clock.now(),
    mode: runtime.clock.mode,
    speed: runtime.clock.speed,
  });
  control.get('/clock', (c) => c.json(clockView()));
  control.post('/clock', async (c) => {
    const input = v.parse(ClockSchema, await c.req.json());
    if (input.mode === 'virtual') runtime.clock.useVirtualTime();
    else if (input.mode === 'real' || input.speed !== undefined)
      runtime.clock.useRealTime(input.speed);
    runtime.sync();
    return c.json(clockView());
  });
  control.post('/clock/advance', async (c) => {
    const { ms } = v.parse(AdvanceSchema, await c.req.json());
    runtime.clock.advance(ms);
    runtime.sync();
    return c.json(clockView());
  });

  control.get('/faults', (c) => c.json(runtime.faults.list()));
  control.post('/faults', async (c) => {
    const body: unknown = await c.req.json();
    const specs = Array.isArray(body) ? body : [body];
    const added = specs.map((spec) => runtime.faults.add(spec as FaultSpec));
    return c.json(
      added.map((fault) => ({ id: fault.id, remaining: fault.remaining })),
      201,
    );
  });
  control.delete('/faults', (c) => {
    runtime.faults.clear();
    return c.body(null, 204);
  });

  control.get('/requests', (c) =>
    c.json(runtime.requestLog.list({ method: c.req.query('method'), path: c.req.query('path') })),
  );
  control.delete('/requests', (c) => {
    runtime.requestLog.clear();
    return c.body(null, 204);
  });

  control.get('/rate-limits', (c) => c.json(runtime.rateLimiter.rules()));
  control.put('/rate-limits', async (c) => {
    runtime.rateLimiter.setRules(v.parse(RateLimitsSchema, await c.req.json()));
    return c.json(runtime.rateLimiter.rules());
  });
  control.delete('/rate-limits', (c) => {
    runtime.rateLimiter.setRules([]);
    return c.body(null, 204);
  });

  // Real tokens, by design: this is how tests and demos get a job token to act with.
  control.get('/job-tokens', (c) => {
    runtime.sync();
    return c.json(
      runtime.state.liveJobTokens().map(({ token, job }) => ({
        token,
        jobId: job.id,
        jobName: job.spec.name,
        pipelineId: job.pipelineId,
        projectId: job.projectId,
        project: runtime.state.project(job.projectId).fullPath,
      })),
    );
  });

  control.notFound((c) => c.json({ error: 'unknown control route' }, 404));
  control.onError((error, c) => {
    if (error instanceof ScenarioError)
      return c.json(
        { error: 'invalid scenario', message: error.message, issues: error.issues },
        400,
      );
    if (error instanceof v.ValiError) {
      return c.json(
        {
          error: 'invalid request',
          issues: error.issues.map((issue) => ({
            path: issuePath(issue),
            message: issue.message,
          })),
        },
        400,
      );
    }
    if (error instanceof SyntaxError) return c.json({ error: 'invalid JSON body' }, 400);
    return c.json({ error: error.message }, 500);
  });
  return control;
}

function controlTokenGuard(token: string | undefined): MiddlewareHandler {
  return async function guardControl(c, next) {
    if (token !== undefined && c.req.header('x-emulator-control-token') !== token) {
      return c.json({ error: 'control token required (X-Emulator-Control-Token)' }, 401);
    }
    return next();
  };
}
