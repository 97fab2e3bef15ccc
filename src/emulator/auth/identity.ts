// Who a request acts as: a user (personal or OAuth token), or a running job (job token).
import type { JobRecord, UserRecord } from '../state/records.js';

/** The authenticated caller of an API request. */
export type Identity =
  | { kind: 'user'; user: UserRecord; tokenKind: 'private' | 'oauth' }
  /** A job token acts with the access of the job's own user (who started, played or retried it). */
  | { kind: 'job'; job: JobRecord; user: UserRecord }
  /** No credential, on a route that lets anonymous GETs through (`authenticate_non_get!`). */
  | { kind: 'anonymous'; user: undefined };

/** The kind of token a request presented, as the request log records it. */
export type AuthKind = 'private' | 'job' | 'oauth' | 'none';
