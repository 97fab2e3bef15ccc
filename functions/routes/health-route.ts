// GET /-/health: whether the relay's configuration is valid (no token needed, nothing asked of GitLab).
import type { Context } from 'hono';
import type { RelayAppEnv } from '../relay-app-env.js';

/** `{"status":"ok"}` (200), or `{"status":"misconfigured"}` (503) while the configuration is invalid. */
export async function healthRoute(c: Context<RelayAppEnv>): Promise<Response> {
  const { config } = c.get('setup');
  return c.json({ status: config.ok ? 'ok' : 'misconfigured' }, config.ok ? 200 : 503);
}
