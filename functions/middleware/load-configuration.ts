// Middleware: gives every request the relay's setup (configuration, service client), read once per environment.
import type { MiddlewareHandler } from 'hono';
import type { RelayEnv } from '../config/relay-env.js';
import type { RelaySetup } from '../config/relay-setup.js';
import type { RelayAppEnv } from '../relay-app-env.js';

/** Options of `loadConfiguration`. */
export interface LoadConfigurationOptions {
  /** The setup of an environment (cached per environment by `relaySetupLoader`). */
  setupFor: (env: RelayEnv) => Promise<RelaySetup>;
}

/** Sets `c.get('setup')`, valid or not: the open endpoints answer either way, the rest go through `requireConfiguration`. */
export function loadConfiguration(
  options: LoadConfigurationOptions,
): MiddlewareHandler<RelayAppEnv> {
  return async function loadConfiguration(c, next) {
    c.set('setup', await options.setupFor(c.env ?? {}));
    await next();
  };
}
