// The relay's Hono app, read top to bottom: the middleware chain in the order it runs, then one handler per route family.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { FetchFunction } from '../src/gitlab/client.js';
import { relaySetupLoader } from './config/relay-setup.js';
import { gitlabErrorResponse } from './http/gitlab-error-response.js';
import { manualRedirectFetch } from './http/manual-redirect-fetch.js';
import { relayErrorHandler } from './http/relay-error-handler.js';
import { CallerCache } from './identity/caller-cache.js';
import { RunningJobs } from './identity/running-jobs.js';
import { SingleFlight } from './identity/single-flight.js';
import type { Verification } from './identity/verify-caller.js';
import type { IdTokenVerifier } from './identity/verify-id-token.js';
import type { LogLine, RelayLog } from './log/relay-log.js';
import { enforcePolicy } from './middleware/enforce-policy.js';
import { limitRate } from './middleware/limit-rate.js';
import { loadConfiguration } from './middleware/load-configuration.js';
import { matchRoute } from './middleware/match-route.js';
import { provideUpstream } from './middleware/provide-upstream.js';
import { readCallerTokens } from './middleware/read-caller-tokens.js';
import { readPipelineBody } from './middleware/read-pipeline-body.js';
import { readPlayBody } from './middleware/read-play-body.js';
import { requireConfiguration } from './middleware/require-configuration.js';
import { verifyIdentity } from './middleware/verify-identity.js';
import type { RelayAppEnv } from './relay-app-env.js';
import { actionRoute } from './routes/action-route.js';
import { artifactsRoute } from './routes/artifacts-route.js';
import { callerPolicyRoute } from './routes/caller-policy-route.js';
import { healthRoute } from './routes/health-route.js';
import { jobListRoute } from './routes/job-list-route.js';
import { jobRoute } from './routes/job-route.js';
import { openApiRoute } from './routes/openapi-route.js';
import { pipelineActionRoute } from './routes/pipeline-action-route.js';
import { pipelineListRoute } from './routes/pipeline-list-route.js';
import { pipelineRoute } from './routes/pipeline-route.js';
import { serveRoute } from './routes/serve-route.js';
import { tokenJobRoute } from './routes/token-job-route.js';
import { traceRoute } from './routes/trace-route.js';
import { budgetObservingFetch } from './upstream/relay-upstream.js';
import { SharedReads } from './upstream/shared-reads.js';
import { UpstreamBudget } from './upstream/upstream-budget.js';

/** Overrides for tests and embedding; the Worker uses the defaults. */
export interface RelayAppOptions {
  /** How the relay reaches GitLab; default the global fetch. */
  upstreamFetch?: FetchFunction;
  /** The identity cache (one per isolate by default). */
  cache?: CallerCache;
  /** Running jobs by caller project, to renew proved callers (one per isolate by default). */
  runningJobs?: RunningJobs;
  /** id_token keys and claims; default fetched from the GitLab instance. */
  idTokenVerifier?: IdTokenVerifier;
  /** Where structured log lines go; default one JSON line on the console. */
  log?: RelayLog;
  /** Upstream reads shared across callers (one per isolate by default). */
  sharedReads?: SharedReads;
  /** The service token's rate-limit budget (one per isolate by default). */
  budget?: UpstreamBudget;
}

/** The largest request body accepted (a play or a new pipeline with its variables and inputs fits easily). */
export const MAX_BODY_BYTES = 64 * 1024;

/** Builds the relay app. */
export function createRelayApp(options: RelayAppOptions = {}) {
  // A redirect from GitLab could swap the job the policy checked for another: none is followed.
  const fetch = manualRedirectFetch(
    options.upstreamFetch ?? ((input, init) => globalThis.fetch(input, init)),
  );
  const log = options.log ?? ((line: LogLine) => console.log(JSON.stringify(line)));
  const budget = options.budget ?? new UpstreamBudget();
  const setupFor = relaySetupLoader({
    upstreamFetch: fetch,
    serviceFetch: budgetObservingFetch(fetch, budget),
    idTokenVerifier: options.idTokenVerifier,
  });
  const shared = options.sharedReads ?? new SharedReads();
  const cache = options.cache ?? new CallerCache();
  const inflight = new SingleFlight<Verification>();
  const runningJobs = options.runningJobs ?? new RunningJobs();
  const app = new Hono<RelayAppEnv>();

  // Every answer carries secure headers; no body over the limit is read.
  app.use(secureHeaders());
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => gitlabErrorResponse(413, 'request body too large (jobrelay)'),
    }),
  );
  // The configuration, read once per environment → c.get('setup').
  app.use(loadConfiguration({ setupFor }));

  // The relay's open endpoints: no token needed.
  app.get('/-/health', healthRoute);
  app.get('/-/openapi.json', openApiRoute);

  // Everything else, in this order; each step either refuses or sets c.var for the next.
  // 503 while misconfigured → config, client, idTokenVerifier
  app.use(requireConfiguration({ log }));
  // GitLab reads shared by every caller of the isolate, within the service token's budget → upstream
  app.use(provideUpstream({ shared, budget, callerFetch: fetch }));
  // 401 for a token sent in the URL, another kind of token, or a malformed one → callerToken, idToken
  app.use(readCallerTokens({ log }));
  // 400/404/405 for a path or method the relay does not serve → route
  app.use(matchRoute());
  // 401 (or 502/504) unless GitLab proves the token is a running job's → caller, callerRef
  // (a token proved before is renewed while its job shows in its project's running jobs)
  app.use(verifyIdentity({ fetch, cache, inflight, runningJobs, log }));
  // 429 past the calling job's rate
  app.use(limitRate({ log }));
  // 400/415 for a play whose variables do not parse → playVariables
  app.use(readPlayBody());
  // 400/415 for a new pipeline whose ref, variables or inputs do not parse → pipelineRequest
  app.use(readPipelineBody());
  // 403 (404 for a hidden job) unless the policy allows it → authorizedJob, visibleJobNames
  app.use(enforcePolicy({ log }));

  // One handler per route family: GitLab's body relayed as it came. Errors from GitLab become
  // GitLab-shaped answers in relayErrorHandler; a held budget a 429 with Retry-After.
  app.all(
    '*',
    serveRoute({
      policy: callerPolicyRoute,
      'job-token-job': tokenJobRoute,
      'allowed-agents': tokenJobRoute,
      'list-project-jobs': jobListRoute,
      'list-pipeline-jobs': jobListRoute,
      'list-pipeline-bridges': jobListRoute,
      'get-job': jobRoute,
      trace: traceRoute,
      action: actionRoute,
      'create-pipeline': pipelineActionRoute,
      'cancel-pipeline': pipelineActionRoute,
      'list-pipelines': pipelineListRoute,
      'get-pipeline': pipelineRoute,
      'latest-pipeline': pipelineRoute,
      artifacts: artifactsRoute,
    }),
  );
  app.onError(relayErrorHandler({ log }));
  return app;
}
