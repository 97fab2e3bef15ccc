// GET /-/policy: tells the calling job what the policy lets it do.
import type { Context } from 'hono';
import { callerPolicy } from '../policy/caller-policy.js';
import type { RelayAppEnv } from '../relay-app-env.js';

/** The verified caller and the grants of the rules that match it. */
export async function callerPolicyRoute(c: Context<RelayAppEnv>): Promise<Response> {
  return c.json(callerPolicy(c.get('config').policy, c.get('caller')));
}
