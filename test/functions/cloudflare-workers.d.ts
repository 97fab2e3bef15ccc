// The one workerd module the relay tests import, typed as far as they use it.
declare module 'cloudflare:workers' {
  /** The Worker's bindings, as wrangler.toml declares them. */
  export const env: Record<string, unknown>;
}
