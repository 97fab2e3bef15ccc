// The error for a GitLab answer with a non-success HTTP status.
import { JobRelayError } from './jobrelay-error.js';

/** What a GitLab error answer says; the request it answered. */
export interface GitLabHttpErrorDetails {
  status: number;
  statusText: string;
  method: string;
  /** The request path and query below the instance origin, e.g. `/api/v4/projects/1/jobs/9`. */
  path: string;
  /** GitLab's own message read from the body (every body shape GitLab uses), or the status text. */
  gitlabMessage: string;
  /** Delay GitLab asked for (`Retry-After` or `RateLimit-Reset`), in milliseconds, when it gave one. */
  retryAfterMs?: number | undefined;
  /** The error body as received (secrets redacted, at most 64 KiB), for passing it on unchanged. */
  body?: string | undefined;
  /** The error body's `Content-Type`. */
  contentType?: string | null | undefined;
}

/** GitLab (or a proxy in front of it) answered with a 4xx or 5xx status. */
export class GitLabHttpError extends JobRelayError {
  readonly code = 'GITLAB_HTTP_ERROR';
  readonly status: number;
  readonly statusText: string;
  readonly method: string;
  readonly path: string;
  readonly gitlabMessage: string;
  readonly retryAfterMs: number | undefined;
  /** The error body as received (secrets redacted); not serialised. */
  declare readonly body: string;
  /** The error body's `Content-Type`; not serialised. */
  declare readonly contentType: string | null;

  constructor(details: GitLabHttpErrorDetails) {
    const statusLine = `${details.status}${details.statusText ? ` ${details.statusText}` : ''}`;
    super(
      `GitLab answered ${statusLine} to ${details.method} ${details.path}: ${details.gitlabMessage}`,
    );
    this.status = details.status;
    this.statusText = details.statusText;
    this.method = details.method;
    this.path = details.path;
    this.gitlabMessage = details.gitlabMessage;
    this.retryAfterMs = details.retryAfterMs;
    // Kept out of JSON and logs: bodies can be large; the message already says what matters.
    Object.defineProperty(this, 'body', { value: details.body ?? '', enumerable: false });
    Object.defineProperty(this, 'contentType', {
      value: details.contentType ?? null,
      enumerable: false,
    });
  }
}
