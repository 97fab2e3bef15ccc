// `cloudflare:workers` for the mutation run, which runs the relay's tests in Node rather than workerd.

/** The bindings the relay tests read: a rate limiter that always lets a request through. */
export const env: Record<string, unknown> = {
  CALLER_RATE_LIMITER: {
    async limit() {
      return { success: true };
    },
  },
};
