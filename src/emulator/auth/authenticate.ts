// Authenticates an API request the way GitLab's auth finders do for a given route.
import { unauthorized } from '../http/api-error.js';
import type { EmulatorState } from '../state/emulator-state.js';
import type { Credential } from './extract-credential.js';
import type { AuthKind, Identity } from './identity.js';

/** How a route authenticates: which tokens it reads, and whether it lets anonymous callers in. */
export interface AuthenticationRule {
  /** `route_setting :authentication, job_token_allowed: true`. */
  jobTokenAllowed: boolean;
  /** `authenticate_non_get!` on a GET: no credential makes a visitor, not a 401. */
  anonymousAllowed: boolean;
}

/**
 * The caller, or 401. Job tokens count only where the route allows them; elsewhere GitLab
 * does not look for one (JOB-TOKEN, job_token), so the request carries no credential, or reads
 * it as an unknown OAuth token (Bearer), which is a 401. Without a credential the Jobs API's
 * `authenticate!` answers 401, while `authenticate_non_get!` lets a GET through as a visitor. A
 * credential that is presented but invalid is a 401 everywhere (GitLab's `initial_current_user`).
 */
export function authenticate(
  state: EmulatorState,
  credential: Credential,
  rule: AuthenticationRule,
): Identity {
  const { token, source } = credential;
  const ignoredJobToken =
    (source === 'JOB-TOKEN' || source === 'job_token') && !rule.jobTokenAllowed;
  if (!token || !source || ignoredJobToken) {
    if (rule.anonymousAllowed) return { kind: 'anonymous', user: undefined };
    throw unauthorized();
  }
  if (source === 'JOB-TOKEN' || source === 'job_token') return jobIdentity(state, token);
  if (source === 'PRIVATE-TOKEN' || source === 'private_token') {
    const user = state.userByPersonalToken(token);
    if (!user) throw unauthorized();
    return { kind: 'user', user, tokenKind: 'private' };
  }
  const oauthUser = state.userByOAuthToken(token);
  if (oauthUser) return { kind: 'user', user: oauthUser, tokenKind: 'oauth' };
  // GitLab also takes personal access tokens as Bearer (or access_token) credentials.
  const user = state.userByPersonalToken(token);
  if (user) return { kind: 'user', user, tokenKind: 'private' };
  if (source === 'Authorization' && rule.jobTokenAllowed) return jobIdentity(state, token);
  throw unauthorized();
}

/** What kind of token the request presented (for the request log), valid or not. */
export function authKindOf(state: EmulatorState, credential: Credential): AuthKind {
  const { token, source } = credential;
  if (!token || !source) return 'none';
  if (source === 'JOB-TOKEN' || source === 'job_token') return 'job';
  if (source === 'PRIVATE-TOKEN' || source === 'private_token') return 'private';
  if (state.userByPersonalToken(token)) return 'private';
  if (token.startsWith('glcbt-') || state.jobByToken(token)) return 'job';
  return 'oauth';
}

// Job tokens live only while their job runs; after that GitLab answers 401. The token acts as
// `job.user` (Ci::AuthJobFinder), the user the job runs as: whoever played or retried it last.
function jobIdentity(state: EmulatorState, token: string): Identity {
  const job = state.jobByToken(token);
  if (job?.status !== 'running') throw unauthorized();
  return { kind: 'job', job, user: state.user(job.userId) };
}
