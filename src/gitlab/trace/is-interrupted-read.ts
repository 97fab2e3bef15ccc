// Recognises a log download cut off midway, which a follower resumes from the bytes it already has.
import { isJobRelayError } from '../errors/jobrelay-error.js';
import { isTransientError } from '../wait/is-transient-error.js';

// undici's codes for a connection that closed or reset while a body was streaming.
const SOCKET_CODES = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE', 'UND_ERR_BODY_TIMEOUT']);

/**
 * True when reading a log failed in a way a later read may not: a transient API error, or the
 * body stream breaking off (`TypeError: terminated`, a reset socket) after the answer began.
 */
export function isInterruptedRead(error: unknown): boolean {
  if (isTransientError(error)) return true;
  if (isJobRelayError(error) || !(error instanceof TypeError)) return false;
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return error.message === 'terminated' || (typeof code === 'string' && SOCKET_CODES.has(code));
}
