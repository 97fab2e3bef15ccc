// The relay app's Hono environment: the Worker's bindings, and what each middleware sets for those after it.
import type { GitLabClient } from '../src/gitlab/client.js';
import type { RelayConfig } from './config/relay-config.js';
import type { RelayEnv } from './config/relay-env.js';
import type { RelaySetup } from './config/relay-setup.js';
import type { PipelineRequest } from './http/read-pipeline-request.js';
import type { RelayRoute } from './http/relay-route.js';
import type { PlayVariable } from './http/variables-from-fields.js';
import type { Caller } from './identity/caller.js';
import type { ExtractedJobToken } from './identity/extract-job-token.js';
import type { IdTokenVerifier } from './identity/verify-id-token.js';
import type { RelayUpstream } from './upstream/relay-upstream.js';
import type { UpstreamAnswer } from './upstream/upstream-answer.js';

/**
 * The context variables (`c.var`), in the order the middleware chain sets them: a handler may read
 * those set before it runs, and none after.
 */
export interface RelayVariables {
  /** `loadConfiguration`: the configuration, valid or not. */
  setup: RelaySetup;
  /** `requireConfiguration`: the valid configuration. */
  config: Extract<RelayConfig, { ok: true }>;
  /** `requireConfiguration`: the service client. */
  client: GitLabClient;
  /** `requireConfiguration`: the id_token verifier, if the relay accepts id_tokens. */
  idTokenVerifier: IdTokenVerifier | undefined;
  /** `provideUpstream`: the way to GitLab, reads shared across callers, within the service token's budget. */
  upstream: RelayUpstream;
  /** `readCallerTokens`: the caller's CI job token (only GET /job and /job/allowed_agents send it on). */
  callerToken: ExtractedJobToken;
  /** `readCallerTokens`: the caller's id_token, null when none was sent. */
  idToken: string | null;
  /** `matchRoute`: the Jobs API route, its project decoded exactly once. */
  route: RelayRoute;
  /** `verifyIdentity`: the calling job, proved by GitLab. */
  caller: Caller;
  /** `verifyIdentity`: the caller token's fingerprint prefix, for logs. */
  callerRef: string;
  /** `readPlayBody`: a play's variables (undefined: none sent, or not a play). */
  playVariables: PlayVariable[] | undefined;
  /** `readPipelineBody`: a new pipeline's ref, variables and inputs (undefined: not a pipeline creation). */
  pipelineRequest: PipelineRequest | undefined;
  /** `enforcePolicy`: GitLab's answer for the job a job route's decision had to read for its name, so it is not read twice. */
  authorizedJob: UpstreamAnswer | undefined;
  /** `enforcePolicy`: for a list a `jobs` restriction filters, the name globs the caller may see. */
  visibleJobNames: readonly string[] | undefined;
}

/** The Hono environment of the relay app. */
export interface RelayAppEnv {
  Bindings: RelayEnv;
  Variables: RelayVariables;
}
