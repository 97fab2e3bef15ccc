// Node only: a job's log into a file through Node's own HTTP stack, with the core's redirect rule, retries and resume.
import type { Hash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import type { GitLabClient } from '../client.js';
import { GitLabHttpError } from '../errors/gitlab-http-error.js';
import { jobPath } from '../jobs/job-path.js';
import type { ProjectRef } from '../params/project-id.js';
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

/** What to download and where. */
export interface DownloadJobTraceParams {
  project: ProjectRef;
  jobId: number;
  /** Start at this byte of the log. */
  offset: number;
  path: string;
  mode: 'overwrite' | 'append';
  signal?: AbortSignal | undefined;
  deadline?: number | undefined;
  transport: NodeTransport;
  /** Fed every byte written, in order: the caller's own, so a log written in pieces has one hash. */
  hash: Hash;
  /** Told when the body broke off and the download goes on from `written` bytes (for a warning). */
  onResume?: ((written: number, reason: unknown) => void) | undefined;
}

/** What one download wrote. */
export interface DownloadedTrace {
  bytes: number;
  /**
   * Whether the server honoured the `Range` asked for the bytes past `offset` (206, or 416 for
   * nothing new); false when it resent the whole log; undefined when the log was read from byte 0.
   */
  ranged: boolean | undefined;
}

const MAX_REDIRECTS = 3;
// Large writes: fewer trips to the file system's thread pool for a log of hundreds of MB.
const WRITE_HIGH_WATER_MARK = 1024 * 1024;

/**
 * Writes the log of `params.jobId` to `params.path`, as `writeJobTraceToFile` does over fetch:
 * a GET with the client's token, same-origin redirects only (none with `redirects: 'none'`),
 * transient answers and network failures retried as the client's retry policy says. A body that
 * breaks off is resumed from the bytes already written (`Range`, or skipping them when the
 * server resends the whole log), within the same retry limit. Returns the bytes this call wrote
 * (each also fed to `params.hash`) and whether the server honoured the range.
 */
export async function downloadJobTrace(
  client: GitLabClient,
  params: DownloadJobTraceParams,
): Promise<DownloadedTrace> {
  const url = new URL(jobPath(params.project, params.jobId, 'trace'), client.apiUrl);
  const file = createWriteStream(params.path, {
    flags: params.mode === 'append' ? 'a' : 'w',
    highWaterMark: WRITE_HIGH_WATER_MARK,
  });
  const { hash } = params;
  let bytes = 0;
  let ranged: boolean | undefined;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const from = params.offset + bytes;
        const answer = await openFollowingRedirects(client, url, from, params);
        if (answer === undefined) {
          ranged = true; // 416: nothing at or past the offset yet
          break;
        }
        if (from > 0) ranged = answer.status === 206;
        const skip = answer.status === 206 ? rangeSkip(answer.headers, from) : from;
        bytes += await copyBody(answer, file, hash, skip);
        break;
      } catch (error) {
        // What arrived before the body broke off is written: the next attempt asks for the rest.
        if (error instanceof InterruptedBodyError) bytes += error.written;
        if (params.signal?.aborted) throw params.signal.reason;
        const delay = downloadRetryDelay(client, error, attempt, params.deadline);
        if (delay !== undefined && error instanceof InterruptedBodyError) {
          params.onResume?.(params.offset + bytes, error.cause);
        }
        // Out of attempts: the error that broke the body off, when it is one of the core's (a timeout).
        if (delay === undefined) throw finalDownloadError(error);
        await sleep(delay, params.signal);
      }
    }
    await closeFile(file);
  } catch (error) {
    file.destroy();
    throw error;
  }
  return { bytes, ranged };
}

// One GET of the log from byte `from`, following redirects within the instance's origin.
async function openFollowingRedirects(
  client: GitLabClient,
  url: URL,
  from: number,
  params: DownloadJobTraceParams,
): Promise<NodeAnswer | undefined> {
  const headers: Record<string, string> = { Accept: '*/*', ...client.authHeaders() };
  if (from > 0) headers.Range = `bytes=${from}-`;
  let target = url;
  for (let hop = 0; ; hop++) {
    const path = `${target.pathname}${target.search}`;
    const answer = await nodeGet(client, target, headers, path, params);
    const { status } = answer;
    if (status >= 200 && status < 300) return answer;
    if (status === 416 && from > 0) {
      answer.body.resume();
      return undefined;
    }
    const location = answer.headers.get('location');
    if (status >= 300 && status < 400 && location) {
      answer.body.resume();
      const next = new URL(location, target);
      const never = client.redirects === 'none';
      if (never || next.origin !== url.origin || hop >= MAX_REDIRECTS) {
        const shown = `${next.origin}${next.pathname}`;
        throw new GitLabHttpError({
          status,
          statusText: answer.statusText,
          method: 'GET',
          path,
          gitlabMessage: client.redact(
            never
              ? `redirected to ${shown}; this client follows no redirect`
              : `redirected to ${shown}; not followed so the token is not sent there (set the client url to the final address)`,
          ),
        });
      }
      target = next;
      continue;
    }
    throw await nodeHttpError(client, path, answer);
  }
}

// The bytes of a 206 to skip: none when it starts where asked, the difference when it starts before.
function rangeSkip(headers: Headers, from: number): number {
  const start = /^bytes (\d+)-/.exec(headers.get('content-range') ?? '')?.[1];
  if (start === undefined) return 0;
  const skip = from - Number(start);
  if (skip < 0) throw new Error(`the server answered from byte ${start}, after the ${from} asked`);
  return skip;
}
