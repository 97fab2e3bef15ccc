// Reads the configuration once per environment and builds what every request shares: the service client and the id_token verifier.
import { createClient, type FetchFunction, type GitLabClient } from '../../src/gitlab/client.js';
import { errorMessage } from '../../src/gitlab/errors/error-message.js';
import { DEFAULT_RETRY_POLICY } from '../../src/gitlab/retry-policy.js';
import { type IdTokenVerifier, remoteIdTokenVerifier } from '../identity/verify-id-token.js';
import { type RelayConfig, readRelayConfig } from './relay-config.js';
import type { RelayEnv } from './relay-env.js';

/** The configuration, and when it is valid, the service client and id_token verifier built from it. */
export type RelaySetup =
  | { config: Extract<RelayConfig, { ok: false }> }
  | {
      config: Extract<RelayConfig, { ok: true }>;
      /** The service client: the relay's own token, the configured GitLab, no redirect followed. */
      client: GitLabClient;
      /** Checks id_tokens; undefined when the relay accepts none (no `RELAY_AUDIENCE`). */
      idTokenVerifier: IdTokenVerifier | undefined;
    };

/** What a setup is built with. */
export interface RelaySetupOptions {
  /** How the relay reaches GitLab (already refusing redirects). */
  upstreamFetch: FetchFunction;
  /** The service client's fetch (default `upstreamFetch`): where the budget reads GitLab's RateLimit headers. */
  serviceFetch?: FetchFunction | undefined;
  /** An id_token verifier to use instead of one fetching the instance's keys. */
  idTokenVerifier?: IdTokenVerifier | undefined;
}

// GitLab's transient answers but 429: every follower shares the service token's rate limit.
const SERVICE_RETRY_STATUSES = DEFAULT_RETRY_POLICY.statusCodes.filter((status) => status !== 429);

/** Returns a function giving each environment's setup, read once per environment object (once per isolate on Workers). */
export function relaySetupLoader(
  options: RelaySetupOptions,
): (env: RelayEnv) => Promise<RelaySetup> {
  const setups = new WeakMap<object, Promise<RelaySetup>>();
  return (env) => {
    let setup = setups.get(env);
    if (!setup) {
      setup = readRelayConfig(env).then((config): RelaySetup => {
        if (!config.ok) return { config };
        let client: GitLabClient;
        try {
          client = createClient({
            url: config.gitlabUrl,
            token: config.serviceToken,
            fetch: options.serviceFetch ?? options.upstreamFetch,
            redirects: 'none',
            // A 429 is passed on to the caller with GitLab's Retry-After, never waited out or retried here.
            retry: { statusCodes: SERVICE_RETRY_STATUSES, maxRetryAfterMs: 0 },
          });
        } catch (error) {
          // The client's own message, which never quotes the token.
          return {
            config: { ok: false, problem: `GITLAB_TOKEN is unusable: ${errorMessage(error)}` },
          };
        }
        const idTokenVerifier =
          options.idTokenVerifier ??
          (config.audience
            ? remoteIdTokenVerifier(config.gitlabUrl, config.audience, options.upstreamFetch)
            : undefined);
        return { config, client, idTokenVerifier };
      });
      setups.set(env, setup);
    }
    return setup;
  };
}
