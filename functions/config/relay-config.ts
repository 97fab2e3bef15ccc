// Reads and validates the relay's configuration once; an invalid policy refuses every request.
import * as v from 'valibot';
import { normaliseApiUrl } from '../../src/gitlab/client.js';
import { errorMessage } from '../../src/gitlab/errors/error-message.js';
import { issuePath } from '../../src/gitlab/issue-path.js';
import { type Policy, PolicySchema } from '../policy/policy-schema.js';
import type { RelayEnv } from './relay-env.js';

/** The validated configuration, or why there is none. */
export type RelayConfig =
  | {
      ok: true;
      gitlabUrl: string;
      /** The relay's public URL without a trailing slash; undefined: links are written path-absolute. */
      publicUrl: string | undefined;
      serviceToken: string;
      policy: Policy;
      audience: string | undefined;
      requireIdToken: boolean;
      rateLimitPeriodSeconds: number;
      /** How long a finished upstream read is reused for other callers, in ms (0: not shared). */
      shareReadsMs: number;
    }
  | { ok: false; problem: string };

/** How long a finished upstream read serves other callers by default: about a second. */
export const DEFAULT_SHARE_READS_MS = 1_000;

/** Builds the configuration from the environment (and the policy KV, when bound). */
export async function readRelayConfig(env: RelayEnv): Promise<RelayConfig> {
  if (!env.GITLAB_URL) return { ok: false, problem: 'GITLAB_URL is not set' };
  let gitlabUrl: string;
  try {
    gitlabUrl = normaliseApiUrl(env.GITLAB_URL).replace(/\/api\/v4\/$/, '');
  } catch (error) {
    return { ok: false, problem: `GITLAB_URL is invalid: ${errorMessage(error)}` };
  }
  let publicUrl: string | undefined;
  if (env.RELAY_PUBLIC_URL) {
    try {
      publicUrl = normaliseApiUrl(env.RELAY_PUBLIC_URL).replace(/\/api\/v4\/$/, '');
    } catch (error) {
      return { ok: false, problem: `RELAY_PUBLIC_URL is invalid: ${errorMessage(error)}` };
    }
  }
  if (!env.GITLAB_TOKEN) return { ok: false, problem: 'GITLAB_TOKEN (secret) is not set' };
  const policyText = env.POLICY_KV ? await env.POLICY_KV.get('policy') : env.POLICY;
  if (!policyText)
    return { ok: false, problem: 'no policy: set POLICY (or the `policy` key of POLICY_KV)' };
  const policy = parsePolicy(policyText);
  if ('problem' in policy) return { ok: false, problem: policy.problem };
  const period = Number(env.RATE_LIMIT_PERIOD_SECONDS ?? 60);
  const shareMs = Number(env.SHARE_READS_MS ?? DEFAULT_SHARE_READS_MS);
  return {
    ok: true,
    gitlabUrl,
    publicUrl,
    serviceToken: env.GITLAB_TOKEN,
    policy: policy.policy,
    audience: env.RELAY_AUDIENCE || undefined,
    requireIdToken: env.REQUIRE_ID_TOKEN === 'true',
    rateLimitPeriodSeconds: Number.isFinite(period) && period > 0 ? period : 60,
    // At most 10 s: an answer older than that would hide a job's progress from its followers.
    shareReadsMs:
      Number.isFinite(shareMs) && shareMs >= 0 ? Math.min(shareMs, 10_000) : DEFAULT_SHARE_READS_MS,
  };
}

/** Parses and validates a policy document, naming the field that is wrong. */
export function parsePolicy(text: string): { policy: Policy } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problem: `the policy is not valid JSON: ${errorMessage(error)}` };
  }
  const result = v.safeParse(PolicySchema, data);
  if (result.success) return { policy: result.output };
  const issue = result.issues[0];
  const path = issuePath(issue) || '(document)';
  return { problem: `the policy is invalid at ${path}: ${issue.message}` };
}
