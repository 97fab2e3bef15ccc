// Authenticates an API request the way GitLab's auth finders do for a given route.
import { unauthorized } from '../http/api-error.js';
import type { EmulatorState } from '../state/emulator-state.js';
import { type Credential, JOB_TOKEN_SOURCES } from './extract-credential.js';
import type { AuthKind, Identity } from './identity.js';

/** How a route authenticates: which tokens it reads, and whether it lets anonymous callers in. */
export interface AuthenticationRule {
  /** `route_setting :authentication, job_token_allowed: true`. */
  jobTokenAllowed: boolean;
  /** `authenticate_non_get!` on a GET: no credential makes a visitor, not a 401. */
  anonymousAllowed: boolean;
}

/** The prefix of GitLab's job tokens (Ci::Build::TOKEN_PREFIX). */
const JOB_TOKEN_PREFIX = 'glcbt-';

/**
 * The caller, or 401, in the order of GitLab's `find_user_from_sources`:
 * 1. `Authorization: Bearer` on a route that takes job tokens: a live job's token is that job.
 * 2. An access token (PRIVATE-TOKEN, private_token, Bearer, access_token): an OAuth token or a
 *    personal token, else 401; a `glcbt-` token is skipped there, as not a personal token.
 * 3. On a route that takes job tokens, `job_token`, `token` or `JOB-TOKEN`: a live job, else 401.
 * 4. Nothing: 401 under `authenticate!`; a visitor under `authenticate_non_get!` on a GET.
 */
export function authenticate(
  state: EmulatorState,
  credential: Credential,
  rule: AuthenticationRule,
): Identity {
  const { token, source } = credential;
  const accessToken = token && source && !JOB_TOKEN_SOURCES.has(source) ? token : null;
  if (accessToken && source === 'Authorization' && rule.jobTokenAllowed) {
    const job = state.jobByToken(accessToken);
    if (job) return jobIdentity(state, accessToken);
  }
  if (accessToken && !accessToken.startsWith(JOB_TOKEN_PREFIX)) {
    const oauthUser =
      source === 'Authorization' || source === 'access_token'
        ? state.userByOAuthToken(accessToken)
        : undefined;
    if (oauthUser) return { kind: 'user', user: oauthUser, tokenKind: 'oauth' };
    // GitLab also takes personal access tokens as Bearer (or access_token) credentials.
    const user = state.userByPersonalToken(accessToken);
    if (user) return { kind: 'user', user, tokenKind: 'private' };
    throw unauthorized();
  }
  if (credential.jobToken && rule.jobTokenAllowed) {
    return jobIdentity(state, credential.jobToken.token);
  }
  if (rule.anonymousAllowed) return { kind: 'anonymous', user: undefined };
  throw unauthorized();
}

/** What kind of token the request presented (for the request log), valid or not. */
export function authKindOf(state: EmulatorState, credential: Credential): AuthKind {
  const { token, source } = credential;
  if (!token || !source) return 'none';
  if (JOB_TOKEN_SOURCES.has(source)) return 'job';
  if (source === 'PRIVATE-TOKEN' || source === 'private_token') return 'private';
  if (state.userByPersonalToken(token)) return 'private';
  if (token.startsWith('glcbt-') || state.jobByToken(token)) return 'job';
  return 'oauth';
}

// Job tokens live only while their job executes (running or canceling: Ci::AuthJobFinder's
// EXECUTING_STATUSES); after that GitLab answers 401. The token acts as `job.user`, the user the
// job runs as (whoever played or retried it last); a job without a user authenticates no one.
function jobIdentity(state: EmulatorState, token: string): Identity {
  const job = state.jobByToken(token);
  if (job?.status !== 'running' && job?.status !== 'canceling') throw unauthorized();
  const user = state.user(job.userId);
  if (!user) throw unauthorized();
  return { kind: 'job', job, user };
}
