// Creates an emulator: a Hono app serving GitLab's Jobs API and its control API, plus a fetch.
import { Hono } from 'hono';
import { createApiApp } from './api/create-api-app.js';
import { OBJECT_STORAGE_PATH } from './artifacts/object-storage.js';
import { objectStorageResponse } from './artifacts/object-storage-response.js';
import { randomToken } from './auth/random-token.js';
import { type ClockMode, EmulatorClock } from './clock/emulator-clock.js';
import { createControlApp } from './control/create-control-app.js';
import type { EmulatorRuntime } from './emulator-runtime.js';
import { FaultStore } from './faults/fault-store.js';
import { createInProcessFetch } from './faults/in-process-fetch.js';
import { RateLimiter } from './rate-limit/rate-limiter.js';
import { RequestLog } from './request-log/request-log.js';
import { demoScenario } from './scenario/demo-scenario.js';
import { parseScenarioText } from './scenario/parse-scenario-text.js';
import type { Scenario, ScenarioInput } from './scenario/scenario-schema.js';
import { validateScenario } from './scenario/validate-scenario.js';
import { buildState } from './state/build-state.js';
import type { EmulatorState, TokenGenerator } from './state/emulator-state.js';
import { syncState } from './state/sync-state.js';
import { createUiApp } from './ui/create-ui-app.js';
import { UI_BASE } from './ui/ui-base.js';

/** Where virtual time starts when neither the options nor the scenario say. */
export const DEFAULT_VIRTUAL_START = Date.parse('2024-06-03T09:00:00.000Z');

/** Options for {@link createEmulator}. */
export interface EmulatorOptions {
  /** The world to serve: an object, or JSON/YAML text; the demo scenario when absent. */
  scenario?: ScenarioInput | string;
  /** Virtual time (default: moved only by advance()) or real time, and where it starts. */
  clock?: { mode?: ClockMode; startAt?: number | string; speed?: number };
  /** Require this token in `X-Emulator-Control-Token` on the control API. */
  controlToken?: string;
  /** Token maker, for deterministic tokens in tests; random by default. */
  generateToken?: TokenGenerator;
  /** How many requests the request log keeps (default 10,000). */
  requestLogLimit?: number;
}

/** A running emulator: its app, an in-process fetch, and handles on its clock, state and faults. */
export interface Emulator {
  /** The Hono app: `/api/v4/...` (GitLab), `/-/emulator/...` (control), `/-/emulator/ui` (dashboard). */
  readonly app: Hono;
  /** A WHATWG fetch answered by the app in memory (faults included); any origin works. */
  readonly fetch: typeof fetch;
  readonly clock: EmulatorClock;
  /** The current state (a new object after each scenario load). */
  readonly state: EmulatorState;
  readonly runtime: EmulatorRuntime;
  /** Replaces the world (and clears faults, limits' counts and the request log). */
  loadScenario(scenario: ScenarioInput | string): void;
  /** Moves the clock forward and plays the state up to it. */
  advance(ms: number): void;
  /** Personal access tokens by username, in scenario order. */
  personalTokens(): Record<string, string>;
  /** Live job tokens with their jobs. */
  jobTokens(): Array<{ token: string; jobId: number; jobName: string; projectPath: string }>;
  /** Stops the clock's timers. */
  dispose(): void;
}

/** Creates an in-memory GitLab Jobs API emulator. */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const scenario = toScenario(options.scenario ?? demoScenario);
  const mode = options.clock?.mode ?? 'virtual';
  const configuredStart = options.clock?.startAt ?? scenario.startAt;
  const startAt =
    configuredStart === undefined
      ? mode === 'virtual'
        ? DEFAULT_VIRTUAL_START
        : Date.now()
      : typeof configuredStart === 'number'
        ? configuredStart
        : Date.parse(configuredStart);
  const clock = new EmulatorClock({ mode, startAt, speed: options.clock?.speed });
  const generateToken = options.generateToken ?? randomToken;
  const faults = new FaultStore();
  const rateLimiter = new RateLimiter();
  const requestLog = new RequestLog(options.requestLogLimit);
  let state = buildState(scenario, clock.now(), generateToken);
  rateLimiter.setRules(scenario.server?.rateLimits ?? []);

  const runtime: EmulatorRuntime = {
    clock,
    get state() {
      return state;
    },
    faults,
    rateLimiter,
    requestLog,
    controlToken: options.controlToken,
    loadScenario(next: Scenario) {
      state = buildState(next, clock.now(), generateToken);
      rateLimiter.setRules(next.server?.rateLimits ?? []);
      faults.clear();
      requestLog.clear();
    },
    sync() {
      syncState(state, clock.now());
    },
  };

  const app = new Hono();
  const inProcessFetch = createInProcessFetch(app);
  app.route('/api/v4', createApiApp(runtime));
  app.route('/-/emulator', createControlApp(runtime));
  // After the control app, so that its control token guard covers the dashboard too.
  app.route(UI_BASE, createUiApp({ runtime, apiFetch: inProcessFetch }));
  // Object storage, where `server.artifactsDownload: redirect` sends archive downloads (no token).
  app.get(`${OBJECT_STORAGE_PATH}/:key/:filename`, (c) => {
    runtime.sync();
    const artifact = runtime.state.objectStorage.open(c.req.param('key'), runtime.clock.now());
    return objectStorageResponse(c.req.raw, artifact);
  });
  app.get(`${UI_BASE}/`, (c) => c.redirect(UI_BASE));
  // A mounted app's notFound is not consulted, so the root answers for both: under /api/v4 as
  // Grape's catch-all route does (before any authentication), elsewhere in plain text.
  app.notFound((c) =>
    c.req.path.startsWith('/api/v4/')
      ? c.json({ error: '404 Not Found' }, 404)
      : c.text('Not Found', 404),
  );
  app.get('/', (c) =>
    c.text(
      `jobrelay GitLab Jobs API emulator: /api/v4 (GitLab), /-/emulator (control), ${UI_BASE} (dashboard)\n`,
    ),
  );

  return {
    app,
    fetch: inProcessFetch,
    clock,
    get state() {
      return state;
    },
    runtime,
    loadScenario(input) {
      runtime.loadScenario(toScenario(input));
    },
    advance(ms) {
      clock.advance(ms);
      runtime.sync();
    },
    personalTokens() {
      return Object.fromEntries(
        [...state.users.values()].map((user) => [user.username, user.personalToken]),
      );
    },
    jobTokens() {
      runtime.sync();
      return state.liveJobTokens().map(({ token, job }) => ({
        token,
        jobId: job.id,
        jobName: job.spec.name,
        projectPath: state.project(job.projectId).fullPath,
      }));
    },
    dispose() {
      clock.dispose();
    },
  };
}

function toScenario(input: ScenarioInput | string): Scenario {
  return typeof input === 'string' ? parseScenarioText(input) : validateScenario(input);
}
