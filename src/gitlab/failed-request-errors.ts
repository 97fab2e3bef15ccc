// The core's errors for a failed answer or connection, shared by its fetch and Node transports.
import { errorMessage } from './errors/error-message.js';
import { GitLabHttpError } from './errors/gitlab-http-error.js';
import { NetworkError } from './errors/network-error.js';
import { readGitLabMessage } from './gitlab-message.js';
import { requestedDelay } from './retry-policy.js';

/** Codes that mean the connection never opened, so the request never reached GitLab. */
export const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** What an error answer carried: its status line and headers (the body is read by the caller). */
export interface FailedAnswer {
  status: number;
  statusText: string;
  headers: Headers;
}

/**
 * The GitLabHttpError of an answer that failed: GitLab's own message from any of its body
 * shapes, redacted, and how long it asked to wait on a 429 or 503.
 */
export function httpErrorFrom(
  redact: (text: string) => string,
  method: string,
  path: string,
  answer: FailedAnswer,
  body: string,
): GitLabHttpError {
  const fallback = answer.statusText || `HTTP ${answer.status}`;
  const contentType = answer.headers.get('content-type');
  return new GitLabHttpError({
    status: answer.status,
    statusText: answer.statusText,
    method,
    path,
    gitlabMessage: redact(readGitLabMessage(body, contentType, fallback)),
    body: redact(body),
    contentType,
    retryAfterMs:
      answer.status === 429 || answer.status === 503 ? requestedDelay(answer.headers) : undefined,
  });
}

/** The NetworkError of a connection that failed, saying whether the request provably never left. */
export function networkErrorFrom(
  redact: (text: string) => string,
  method: string,
  path: string,
  cause: unknown,
): NetworkError {
  const code = errorCode(cause);
  const notSent = code !== undefined && NOT_SENT_CODES.has(code);
  const base = errorMessage(cause);
  const reason = code && !base.includes(code) ? `${base} (${code})` : base;
  return new NetworkError(method, path, notSent, new Error(redact(reason), { cause }));
}

// undici puts the system error in `cause` (sometimes inside an AggregateError's `errors`).
function errorCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 4) return undefined;
  const record = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof record.code === 'string' && record.code !== 'UND_ERR_SOCKET') return record.code;
  const fromCause = errorCode(record.cause, depth + 1);
  if (fromCause) return fromCause;
  if (Array.isArray(record.errors)) {
    const codes = record.errors.map((inner) => errorCode(inner, depth + 1));
    // Only when every address refused may we say the request was not sent.
    if (codes.length > 0 && codes.every((c) => c && NOT_SENT_CODES.has(c))) return codes[0];
    // Otherwise a code that makes no such claim, whatever the order the addresses were tried in.
    return codes.find((c) => c !== undefined && !NOT_SENT_CODES.has(c));
  }
  return typeof record.code === 'string' ? record.code : undefined;
}
