// Node only: an artifact download into a file through Node's own HTTP stack: object-storage redirects, retries, resume.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import type { GitLabClient } from '../client.js';
import { withoutCredentialHeaders } from '../credential-headers.js';
import { GitLabHttpError } from '../errors/gitlab-http-error.js';
import { sleep } from '../sleep.js';
import {
  closeFile,
  copyBody,
  downloadRetryDelay,
  finalDownloadError,
  InterruptedBodyError,
  nodeGet,
  nodeHttpError,
} from './node-download-parts.js';
import type { NodeAnswer, NodeTransport } from './node-http-get.js';

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
        const delay = downloadRetryDelay(client, error, attempt, params.deadline);
        if (delay === undefined) throw finalDownloadError(error);
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
    // A signed query string (object storage's) is a credential: never shown.
    const path = `${target.pathname}${target.origin === home.origin ? target.search : ''}`;
    const answer = await nodeGet(client, target, Object.fromEntries(headers), path, params);
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
    throw await nodeHttpError(client, path, answer);
  }
}

// Where a 206 starts, from its Content-Range.
function rangeStart(headers: Headers): number | undefined {
  const start = /^bytes (\d+)-/.exec(headers.get('content-range') ?? '')?.[1];
  return start === undefined ? undefined : Number(start);
}
