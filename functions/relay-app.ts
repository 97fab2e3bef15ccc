// The relay's Hono app: identity, policy, rate limit, then the Jobs API routes relayed to GitLab.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { createClient, type FetchFunction, type GitLabClient } from '../src/gitlab/client.js';
import { type RelayConfig, readRelayConfig } from './config/relay-config.js';
import type { RelayEnv } from './config/relay-env.js';
import { gitlabErrorResponse } from './http/gitlab-error-response.js';
import { manualRedirectFetch } from './http/manual-redirect-fetch.js';
import { matchRelayRoute } from './http/relay-route.js';
import { upstreamErrorResponse } from './http/upstream-error-response.js';
import { CallerCache } from './identity/caller-cache.js';
import { extractJobToken } from './identity/extract-job-token.js';
import { readIdToken } from './identity/read-id-token.js';
import { SingleFlight } from './identity/single-flight.js';
import { type Verification, verifyCaller } from './identity/verify-caller.js';
import { type IdTokenVerifier, remoteIdTokenVerifier } from './identity/verify-id-token.js';
import { openApiDocument } from './openapi/openapi-document.js';
import { callerPolicy } from './policy/caller-policy.js';
import { relayAction } from './routes/relay-action.js';
import type { LogLine, RelayContext } from './routes/relay-context.js';
import { relayGetJob, relayTrace } from './routes/relay-job.js';
import { relayList } from './routes/relay-lists.js';
import { relayTokenJob } from './routes/relay-token-job.js';

/** Overrides for tests and embedding; the Worker uses the defaults. */
export interface RelayAppOptions {
  /** How the relay reaches GitLab; default the global fetch. */
  upstreamFetch?: FetchFunction;
  /** The identity cache (one per isolate by default). */
  cache?: CallerCache;
  /** id_token keys and claims; default fetched from the GitLab instance. */
  idTokenVerifier?: IdTokenVerifier;
  /** Where structured log lines go; default one JSON line on the console. */
  log?: (line: LogLine) => void;
}

/** The largest request body accepted (a play with its variables fits easily). */
export const MAX_BODY_BYTES = 64 * 1024;

/** Builds the relay app. */
export function createRelayApp(options: RelayAppOptions = {}) {
  // A redirect from GitLab could swap the job the policy checked for another: none is followed.
  const upstreamFetch = manualRedirectFetch(
    options.upstreamFetch ?? ((input, init) => fetch(input, init)),
  );
  const cache = options.cache ?? new CallerCache();
  const inflight = new SingleFlight<Verification>();
  const log = options.log ?? ((line: LogLine) => console.log(JSON.stringify(line)));
  const configs = new WeakMap<object, Promise<Prepared>>();
  let reportedProblem: string | undefined;

  interface Prepared {
    config: RelayConfig;
    client?: GitLabClient;
    idTokenVerifier?: IdTokenVerifier;
  }

  // Read once per environment object (once per isolate on Workers).
  const prepare = (env: RelayEnv): Promise<Prepared> => {
    let prepared = configs.get(env);
    if (!prepared) {
      prepared = readRelayConfig(env).then((config) => {
        if (!config.ok) return { config };
        const client = createClient({
          url: config.gitlabUrl,
          token: config.serviceToken,
          fetch: upstreamFetch,
          redirects: 'none',
        });
        const idTokenVerifier =
          options.idTokenVerifier ??
          (config.audience
            ? remoteIdTokenVerifier(config.gitlabUrl, config.audience, upstreamFetch)
            : undefined);
        return { config, client, idTokenVerifier };
      });
      configs.set(env, prepared);
    }
    return prepared;
  };

  const app = new Hono<{ Bindings: RelayEnv }>();
  app.use('*', secureHeaders());
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => gitlabErrorResponse(413, 'request body too large (jobrelay)'),
    }),
  );

  app.get('/-/health', async (c) => {
    const { config } = await prepare(c.env ?? {});
    return c.json({ status: config.ok ? 'ok' : 'misconfigured' }, config.ok ? 200 : 503);
  });
  app.get('/-/openapi.json', async (c) => {
    // Never the request's Host: the configured public URL, else relative to where it was fetched.
    const { config } = await prepare(c.env ?? {});
    return c.json(openApiDocument((config.ok && config.publicUrl) || '/'));
  });

  app.all('*', async (c) => {
    const { config, client, idTokenVerifier } = await prepare(c.env ?? {});
    if (!config.ok || !client) {
      const problem = config.ok ? 'no client' : config.problem;
      if (reportedProblem !== problem) {
        log({ event: 'config-invalid', problem });
        reportedProblem = problem;
      }
      return gitlabErrorResponse(503, 'the relay is misconfigured; see its log (jobrelay)');
    }
    const request = c.req.raw;
    const url = new URL(request.url);
    const match = matchRelayRoute(request.method, url.pathname);
    // Refused before any use: the reason is logged, never the header.
    const refuse = (reason: string) => {
      log({ event: 'refused', reason, method: request.method, path: url.pathname });
      return gitlabErrorResponse(401, reason);
    };
    const extracted = extractJobToken(request);
    if ('refusal' in extracted) return refuse(extracted.refusal);
    const idToken = readIdToken(request);
    if ('refusal' in idToken) return refuse(idToken.refusal);
    if ('status' in match) return gitlabErrorResponse(match.status, match.message);
    const { route } = match;
    const verified = await verifyCaller(extracted, idToken.idToken, {
      gitlabUrl: config.gitlabUrl,
      fetch: upstreamFetch,
      cache,
      inflight,
      idTokenVerifier,
      requireIdToken: config.requireIdToken,
    });
    const callerRef = verified.fingerprint.slice(0, 12);
    if ('refusal' in verified) {
      log({ event: 'refused', reason: verified.refusal, token: callerRef, path: url.pathname });
      return gitlabErrorResponse(verified.status, verified.refusal);
    }
    const { caller } = verified;
    const limiter = c.env?.CALLER_RATE_LIMITER;
    if (limiter && !(await limiter.limit({ key: `job:${caller.jobId}` })).success) {
      log({ event: 'rate-limited', caller: caller.jobId, token: callerRef });
      return gitlabErrorResponse(429, 'this job is calling the relay too often (jobrelay)', {
        'retry-after': String(config.rateLimitPeriodSeconds),
      });
    }
    if (route.kind === 'policy') return c.json(callerPolicy(config.policy, caller));
    const context: RelayContext = {
      request,
      client,
      gitlabUrl: config.gitlabUrl,
      publicUrl: config.publicUrl,
      caller,
      callerRef,
      policy: config.policy,
      callerToken: extracted,
      upstreamFetch,
      log,
    };
    try {
      switch (route.kind) {
        case 'job-token-job':
        case 'allowed-agents':
          return await relayTokenJob(context, route.kind);
        case 'list-project-jobs':
        case 'list-pipeline-jobs':
        case 'list-pipeline-bridges':
          return await relayList(context, route);
        case 'get-job':
          return await relayGetJob(context, route);
        case 'trace':
          return await relayTrace(context, route);
        case 'action':
          return await relayAction(context, route);
      }
    } catch (error) {
      return upstreamErrorResponse(error);
    }
  });
  return app;
}
