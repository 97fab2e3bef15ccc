// Node only: what the log and artifact downloads share: one GET, a body into a file, retry delays, error bodies.
import type { Hash } from 'node:crypto';
import type { WriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { GitLabClient } from '../client.js';
import { GitLabHttpError } from '../errors/gitlab-http-error.js';
import { JobRelayError } from '../errors/jobrelay-error.js';
import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { httpErrorFrom, networkErrorFrom } from '../failed-request-errors.js';
import { backoffDelay } from '../retry-policy.js';
import { type NodeAnswer, type NodeTransport, nodeHttpGet } from './node-http-get.js';

const MAX_ERROR_BODY = 64 * 1024;

/** A body that broke off after some bytes were written; the download resumes from them. */
export class InterruptedBodyError extends Error {
  constructor(
    readonly written: number,
    cause: unknown,
  ) {
    super(`the body broke off after ${written} bytes`, { cause });
  }
}

/** How one GET is bounded: the caller's signal and deadline, the transport to use. */
export interface NodeGetBounds {
  signal?: AbortSignal | undefined;
  deadline?: number | undefined;
  transport: NodeTransport;
}

/**
 * One GET of `target` through Node's HTTP stack, idle for at most the client's timeout (and
 * never past the deadline); `path` names it in errors. Connection failures become the core's
 * NetworkError; an abort throws the signal's reason.
 */
export async function nodeGet(
  client: GitLabClient,
  target: URL,
  headers: Record<string, string>,
  path: string,
  bounds: NodeGetBounds,
): Promise<NodeAnswer> {
  const remaining = bounds.deadline === undefined ? Infinity : bounds.deadline - Date.now();
  if (remaining <= 0) throw new TimeoutError('GET', path, 0);
  const idleMs = Math.min(client.timeoutMs, remaining);
  try {
    return await nodeHttpGet(target, headers, {
      transport: bounds.transport,
      idleMs,
      onIdle: () => new TimeoutError('GET', path, idleMs),
      ...(bounds.signal ? { signal: bounds.signal } : {}),
    });
  } catch (error) {
    if (bounds.signal?.aborted) throw bounds.signal.reason;
    if (error instanceof JobRelayError) throw error;
    throw networkErrorFrom((text) => client.redact(text), 'GET', path, error);
  }
}

/**
 * Writes the answer's body, less its first `skip` bytes, to `file`, feeding `hash`; resolves with
 * the bytes written. A body that fails, or ends short of its Content-Length, rejects with
 * InterruptedBodyError carrying what was written.
 */
export function copyBody(
  answer: NodeAnswer,
  file: WriteStream,
  hash: Hash,
  skip = 0,
): Promise<number> {
  const body: Readable = answer.body;
  const declared = Number(answer.headers.get('content-length') ?? Number.NaN);
  let toSkip = skip;
  let received = 0;
  let written = 0;
  return new Promise<number>((resolve, reject) => {
    const fail = (error: unknown) => {
      cleanup();
      body.destroy();
      // What was written stays written: the caller resumes from it.
      reject(new InterruptedBodyError(written, error));
    };
    const onData = (chunk: Buffer) => {
      received += chunk.byteLength;
      let piece = chunk;
      if (toSkip > 0) {
        if (toSkip >= piece.byteLength) {
          toSkip -= piece.byteLength;
          return;
        }
        piece = piece.subarray(toSkip);
        toSkip = 0;
      }
      hash.update(piece);
      written += piece.byteLength;
      if (!file.write(piece)) {
        body.pause();
        file.once('drain', () => body.resume());
      }
    };
    const onEnd = () => {
      cleanup();
      // A body shorter than its Content-Length was cut off in transit.
      if (Number.isFinite(declared) && received < declared) {
        reject(new InterruptedBodyError(written, new Error(`${received} of ${declared} bytes`)));
        return;
      }
      resolve(written);
    };
    const onAborted = () => fail(new Error('the connection closed mid-body'));
    const cleanup = () => {
      body.off('data', onData);
      body.off('end', onEnd);
      body.off('error', fail);
      body.off('aborted', onAborted);
      file.off('error', fail);
    };
    body.on('data', onData);
    body.once('end', onEnd);
    body.once('error', fail);
    body.once('aborted', onAborted);
    file.once('error', fail);
  });
}

/** Ends `file` and waits until it is flushed and closed. */
export function closeFile(file: WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    file.once('error', reject);
    file.end(resolve);
  });
}

/**
 * The delay before attempt `attempt + 1` as the client's retry policy says, or undefined when
 * `error` must be thrown: not transient, out of attempts, a Retry-After too long, or past the deadline.
 */
export function downloadRetryDelay(
  client: GitLabClient,
  error: unknown,
  attempt: number,
  deadline: number | undefined,
): number | undefined {
  if (attempt > client.retry.limit) return undefined;
  let asked: number | undefined;
  if (error instanceof GitLabHttpError) {
    if (!client.retry.statusCodes.includes(error.status)) return undefined;
    asked = error.retryAfterMs;
    if (asked !== undefined && asked > client.retry.maxRetryAfterMs) return undefined;
  } else if (
    !(error instanceof NetworkError) &&
    !(error instanceof TimeoutError) &&
    !(error instanceof InterruptedBodyError)
  ) {
    return undefined;
  }
  const delay = asked ?? backoffDelay(client.retry, attempt);
  if (deadline !== undefined && Date.now() + delay >= deadline) return undefined;
  return delay;
}

/** The error for a failed answer, with GitLab's message from the first 64 KiB of its body. */
export async function nodeHttpError(
  client: GitLabClient,
  path: string,
  answer: NodeAnswer,
): Promise<GitLabHttpError> {
  let body = '';
  try {
    for await (const chunk of answer.body) {
      body += String(chunk);
      if (body.length >= MAX_ERROR_BODY) {
        answer.body.destroy();
        break;
      }
    }
  } catch {
    // The error body was lost; the status alone still says what happened.
  }
  return httpErrorFrom(
    (text) => client.redact(text),
    'GET',
    path,
    answer,
    body.slice(0, MAX_ERROR_BODY),
  );
}

/** The error an exhausted download throws: the core's own error that broke a body off, else `error`. */
export function finalDownloadError(error: unknown): unknown {
  return error instanceof InterruptedBodyError && error.cause instanceof JobRelayError
    ? error.cause
    : error;
}
