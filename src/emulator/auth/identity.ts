// Who a request acts as: a user (personal or OAuth token), or a running job (job token).
import type { JobRecord, UserRecord } from '../state/records.js';

/** The authenticated caller of an API request. */
export type Identity =
  | { kind: 'user'; user: UserRecord; tokenKind: 'private' | 'oauth' }
  /** A job token acts with the access of the user who started the job's pipeline. */
  | { kind: 'job'; job: JobRecord; user: UserRecord | undefined };

/** The kind of token a request presented, as the request log records it. */
export type AuthKind = 'private' | 'job' | 'oauth' | 'none';
