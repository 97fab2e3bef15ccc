// The relay app served in process (no workerd), in front of an in-memory emulator.
import { createRelayApp, type RelayAppOptions } from '../../functions/relay-app.js';
import type { Emulator } from '../../src/emulator/create-emulator.js';
import type { FetchFunction } from '../../src/gitlab/client.js';
import { BENCH_RELAY_POLICY } from '../scenarios/bench-relay-policy.js';
import { BENCH_TOKEN } from '../scenarios/bench-world.js';

/** The GitLab origin the relay is configured with (the in-process fetch answers any origin). */
const GITLAB = 'http://gitlab.bench';

/** A relay in front of `emulator`; `upstream` carries its requests to GitLab (default the emulator's fetch). */
export function inProcessRelay(
  emulator: Emulator,
  upstream: FetchFunction = emulator.fetch,
  options: Omit<RelayAppOptions, 'upstreamFetch'> = {},
): { fetch: FetchFunction; env: Record<string, string> } {
  const app = createRelayApp({ upstreamFetch: upstream, log: () => undefined, ...options });
  const env = {
    GITLAB_URL: GITLAB,
    GITLAB_TOKEN: BENCH_TOKEN,
    POLICY: JSON.stringify(BENCH_RELAY_POLICY),
  };
  return {
    env,
    fetch: async (input, init) => app.fetch(new Request(input, init), env),
  };
}
