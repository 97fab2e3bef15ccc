// The Worker's bindings: vars, secrets and the rate limiter, as wrangler.toml declares them.

/** The Workers rate-limiting binding's interface. */
export interface RateLimiter {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** The relay's environment. */
export interface RelayEnv {
  /** The GitLab instance every request goes to (a var; nothing in a request changes it). */
  GITLAB_URL?: string;
  /** The relay's service token (a secret: `wrangler secret put GITLAB_TOKEN`). */
  GITLAB_TOKEN?: string;
  /** The policy, a JSON document (a var), unless POLICY_KV holds it. */
  POLICY?: string;
  /** Optional KV namespace holding the policy under the key `policy`. */
  POLICY_KV?: { get(key: string): Promise<string | null> };
  /** The relay's public URL (e.g. `https://relay.example.com`): what its `Link` headers point at, never the request's Host. */
  RELAY_PUBLIC_URL?: string;
  /** The relay's own URL: enables id_token verification with this audience. */
  RELAY_AUDIENCE?: string;
  /** `true` to refuse callers without an id_token. */
  REQUIRE_ID_TOKEN?: string;
  /** Requests each calling job may make per period (the binding enforces it). */
  CALLER_RATE_LIMITER?: RateLimiter;
  /** The rate limiter's period in seconds (10 or 60), sent as Retry-After. */
  RATE_LIMIT_PERIOD_SECONDS?: string;
  /** Milliseconds a finished GitLab read (job, list page, log) serves other callers; default 1000, `0` shares nothing. */
  SHARE_READS_MS?: string;
}
