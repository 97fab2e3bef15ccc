// Node only: an artifact download into a file through Node's own HTTP stack: object-storage redirects, retries, resume.
import { createHash, type Hash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { withoutCredentialHeaders } from '../artifacts/artifact-redirect-client.js';
import type { GitLabClient } from '../client.js';
import { GitLabHttpError } from '../errors/gitlab-http-error.js';
import { JobRelayError } from '../errors/jobrelay-error.js';
import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { httpErrorFrom, networkErrorFrom } from '../failed-request-errors.js';
import { backoffDelay } from '../retry-policy.js';
import { sleep } from '../sleep.js';
import { type NodeAnswer, type NodeTransport, nodeHttpGet } from './node-http-get.js';

/** Where to download from and to. */
export interface DownloadArtifactsParams {
  /** The API URL of the archive or file. */
  url: URL;
  /** The file to write (a temporary file: the caller renames it into place). */
  path: string;
  signal?: AbortSignal | undefined;
  deadline?: number | undefined;
  transport: NodeTransport;
}

/** What was downloaded: the bytes, their SHA-256, and the answer's Content-Disposition. */
export interface DownloadedArtifacts {
  bytes: number;
  sha256: string;
  contentDisposition: string | null;
}

const MAX_REDIRECTS = 3;
const MAX_ERROR_BODY = 64 * 1024;

/**
 * Writes the answer to `params.url` into `params.path`. GitLab's redirect to object storage is
 * followed (https only, or http when the client's URL is http; three hops at most) and, once off
 * GitLab's origin, with no credential header. Transient failures are retried as the client's
 * policy says; a body that breaks off resumes with `Range` when the server answers 206, and
 * starts over (the file truncated, the hash reset) when it does not.
 */
export async function downloadArtifacts(
  client: GitLabClient,
  params: DownloadArtifactsParams,
): Promise<DownloadedArtifacts> {
  let file = createWriteStream(params.path, { flags: 'w' });
  let hash = createHash('sha256');
  let bytes = 0;
  let contentDisposition: string | null = null;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const answer = await openFollowingRedirects(client, bytes, params);
        if (bytes > 0 && !(answer.status === 206 && rangeStart(answer.headers) === bytes)) {
          // The server sent the whole file again: start the file over.
          await closeFile(file);
          file = createWriteStream(params.path, { flags: 'w' });
          hash = createHash('sha256');
          bytes = 0;
        }
        contentDisposition ??= answer.headers.get('content-disposition');
        bytes += await copyBody(answer, file, hash);
        break;
      } catch (error) {
        if (error instanceof InterruptedBodyError) bytes += error.written;
        if (params.signal?.aborted) throw params.signal.reason;
        const delay = retryDelay(client, error, attempt, params.deadline);
        if (delay === undefined) {
          throw error instanceof InterruptedBodyError && error.cause instanceof JobRelayError
            ? error.cause
            : error;
        }
        await sleep(delay, params.signal);
      }
    }
    await closeFile(file);
  } catch (error) {
    file.destroy();
    throw error;
  }
  return { bytes, sha256: hash.digest('hex'), contentDisposition };
}

function closeFile(file: WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    file.once('error', reject);
    file.end(resolve);
  });
}

// One GET from byte `from`, following redirects: credentials stay on GitLab's origin.
async function openFollowingRedirects(
  client: GitLabClient,
  from: number,
  params: DownloadArtifactsParams,
): Promise<NodeAnswer> {
  const home = new URL(client.apiUrl);
  let headers = new Headers({ Accept: '*/*', ...client.authHeaders() });
  if (from > 0) headers.set('Range', `bytes=${from}-`);
  let target = params.url;
  for (let hop = 0; ; hop++) {
    const path = `${target.pathname}${target.origin === home.origin ? target.search : ''}`;
    const remaining = params.deadline === undefined ? Infinity : params.deadline - Date.now();
    if (remaining <= 0) throw new TimeoutError('GET', path, 0);
    const idleMs = Math.min(client.timeoutMs, remaining);
    let answer: NodeAnswer;
    try {
      answer = await nodeHttpGet(target, Object.fromEntries(headers), {
        transport: params.transport,
        idleMs,
        onIdle: () => new TimeoutError('GET', path, idleMs),
        ...(params.signal ? { signal: params.signal } : {}),
      });
    } catch (error) {
      if (params.signal?.aborted) throw params.signal.reason;
      if (error instanceof JobRelayError) throw error;
      throw networkErrorFrom((text) => client.redact(text), 'GET', path, error);
    }
    const { status } = answer;
    if (status >= 200 && status < 300) return answer;
    const location = answer.headers.get('location');
    if (status >= 300 && status < 400 && location) {
      answer.body.resume();
      const next = new URL(location, target);
      const shown = `${next.origin}${next.pathname}`;
      const secure =
        next.protocol === 'https:' || (next.protocol === 'http:' && home.protocol === 'http:');
      const problem =
        client.redirects === 'none'
          ? `redirected to ${shown}; this client follows no redirect`
          : hop >= MAX_REDIRECTS
            ? `redirected more than ${MAX_REDIRECTS} times (last to ${shown})`
            : secure
              ? undefined
              : `redirected to ${shown}; an artifact download follows only https redirects`;
      if (problem) {
        throw new GitLabHttpError({
          status,
          statusText: answer.statusText,
          method: 'GET',
          path,
          gitlabMessage: client.redact(problem),
        });
      }
      if (next.origin !== home.origin) headers = withoutCredentialHeaders(headers);
      target = next;
      continue;
    }
    throw await httpError(client, path, answer);
  }
}

// Where a 206 starts, from its Content-Range.
function rangeStart(headers: Headers): number | undefined {
  const start = /^bytes (\d+)-/.exec(headers.get('content-range') ?? '')?.[1];
  return start === undefined ? undefined : Number(start);
}

// Writes the body to the file, hashing as it goes; resolves with the bytes written.
function copyBody(answer: NodeAnswer, file: WriteStream, hash: Hash): Promise<number> {
  const body = answer.body;
  const declared = Number(answer.headers.get('content-length') ?? Number.NaN);
  let written = 0;
  return new Promise<number>((resolve, reject) => {
    const fail = (error: unknown) => {
      cleanup();
      body.destroy();
      reject(new InterruptedBodyError(written, error));
    };
    const onData = (chunk: Buffer) => {
      hash.update(chunk);
      written += chunk.byteLength;
      if (!file.write(chunk)) {
        body.pause();
        file.once('drain', () => body.resume());
      }
    };
    const onEnd = () => {
      cleanup();
      // A body shorter than its Content-Length was cut off in transit.
      if (Number.isFinite(declared) && written < declared) {
        reject(new InterruptedBodyError(written, new Error(`${written} of ${declared} bytes`)));
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

/** A body that broke off after some bytes were written; the download resumes from them. */
class InterruptedBodyError extends Error {
  constructor(
    readonly written: number,
    cause: unknown,
  ) {
    super(`the download broke off after ${written} bytes`, { cause });
  }
}

// The delay before attempt `attempt + 1`, or undefined when the error must be thrown.
function retryDelay(
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

async function httpError(
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
