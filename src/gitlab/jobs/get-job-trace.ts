// GET /projects/:id/jobs/:job_id/trace — https://docs.gitlab.com/ee/api/jobs.html#get-a-log-file
import * as v from 'valibot';
import { bodyLength } from '../body-length.js';
import type { GitLabClient } from '../client.js';
import { GitLabHttpError } from '../errors/gitlab-http-error.js';
import {
  CallOptionsEntries,
  IdParamSchema,
  ProjectRefParamSchema,
} from '../params/param-schemas.js';
import { parseParams } from '../params/parse-params.js';
import { sendRequest } from '../request.js';
import { jobPath } from './job-path.js';

/** Parameters of `getJobTrace`. */
export const GetJobTraceParamsSchema = v.strictObject({
  project: ProjectRefParamSchema,
  jobId: IdParamSchema,
  /** Start at this byte of the log (for following a growing log); default 0. */
  offset: v.optional(
    v.pipe(
      v.number('must be a byte offset'),
      v.safeInteger('must be a byte offset'),
      v.minValue(0),
    ),
    0,
  ),
  ...CallOptionsEntries,
});

/** Parameters of `getJobTrace`. */
export type GetJobTraceParams = v.InferInput<typeof GetJobTraceParamsSchema>;

/**
 * Streams a job's log (`text/plain`, ANSI codes and section markers included), never holding it
 * whole in memory. With `offset`, asks for `Range: bytes=<offset>-`: a server that honours it
 * (the jobrelay relay) sends only the new bytes; GitLab itself ignores Range and sends the whole
 * log, whose first `offset` bytes are then skipped here as they stream past.
 */
export async function getJobTrace(
  client: GitLabClient,
  params: GetJobTraceParams,
): Promise<ReadableStream<Uint8Array>> {
  return (await openJobTrace(client, params)).stream;
}

/** A log download as the server answered it: the stream, its length when known, and GitLab's status and headers. */
export interface OpenedJobTrace {
  stream: ReadableStream<Uint8Array>;
  /** False when the server ignored `Range` and resent the whole log (as GitLab does); the bytes before the offset are then skipped here. */
  ranged: boolean;
  /** 200 (the whole log), 206 (only the bytes from the offset), or 416 (nothing past the offset yet: the stream is empty). */
  status: number;
  /** The answer's headers (`content-type`, `content-length`, …); empty after a 416. */
  headers: Headers;
  /**
   * The bytes `stream` carries, from `Content-Length` (less the bytes skipped); undefined when the
   * server did not say, or sent the body encoded (`Content-Encoding`), so the header counts other bytes.
   */
  length: number | undefined;
}

/**
 * Opens a job's log for streaming, as `getJobTrace` does, and also returns what the answer says of
 * it: whether the server honoured the Range (followers pace by it), its status, headers and length
 * (a relay needs the length to answer a `Range` request with `Content-Range`).
 */
export async function openJobTrace(
  client: GitLabClient,
  params: GetJobTraceParams,
): Promise<OpenedJobTrace> {
  const p = parseParams(GetJobTraceParamsSchema, params, 'getJobTrace');
  let response: Response;
  try {
    ({ response } = await sendRequest(client, {
      operation: 'getJobTrace',
      route: 'GET /projects/:id/jobs/:job_id/trace',
      method: 'GET',
      path: jobPath(p.project, p.jobId, 'trace'),
      headers: p.offset > 0 ? { Range: `bytes=${p.offset}-` } : {},
      expect: 'stream',
      signal: p.signal,
      deadline: p.deadline,
    }));
  } catch (error) {
    // 416: nothing at or past `offset` yet — the log has not grown.
    if (error instanceof GitLabHttpError && error.status === 416 && p.offset > 0) {
      return {
        stream: emptyStream(),
        ranged: true,
        status: 416,
        headers: new Headers(),
        length: 0,
      };
    }
    throw error;
  }
  const body = response.body ?? emptyStream();
  const { status, headers } = response;
  const length = bodyLength(headers);
  if (p.offset === 0 || status === 206)
    return { stream: body, ranged: true, status, headers, length };
  return {
    stream: body.pipeThrough(skipBytes(p.offset)),
    ranged: false,
    status,
    headers,
    length: length === undefined ? undefined : Math.max(0, length - p.offset),
  };
}

function emptyStream(): ReadableStream<Uint8Array> {
  return new ReadableStream({ start: (controller) => controller.close() });
}

/** A transform that drops the first `count` bytes of a byte stream. */
export function skipBytes(count: number): TransformStream<Uint8Array, Uint8Array> {
  let toSkip = count;
  return new TransformStream({
    transform(chunk, controller) {
      if (toSkip >= chunk.byteLength) {
        toSkip -= chunk.byteLength;
        return;
      }
      controller.enqueue(toSkip > 0 ? chunk.subarray(toSkip) : chunk);
      toSkip = 0;
    },
  });
}
