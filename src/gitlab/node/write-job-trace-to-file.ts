// Node only: writes a job's log to a file in constant memory, with its size and SHA-256.
import { createHash } from 'node:crypto';
import { type GitLabClient, usesGlobalFetch } from '../client.js';
import {
  type GetJobTraceParams,
  GetJobTraceParamsSchema,
  getJobTrace,
} from '../jobs/get-job-trace.js';
import { parseParams } from '../params/parse-params.js';
import { downloadJobTrace } from './download-job-trace.js';
import type { NodeTransport } from './node-http-get.js';
import { writeWebStreamToFile } from './write-web-stream-to-file.js';

/** Parameters of `writeJobTraceToFile`. */
export type WriteJobTraceToFileParams = GetJobTraceParams & {
  /** The file to write. */
  path: string;
  /** `append` to add to an existing file (for following a log); default `overwrite`. */
  mode?: 'overwrite' | 'append';
  /** Applied to each chunk before writing, e.g. to strip ANSI codes. */
  transform?: TransformStream<Uint8Array, Uint8Array>;
} & NodeTransport;

/** What was written. */
export interface WrittenTrace {
  path: string;
  /** Bytes written by this call. */
  bytes: number;
  /** Hex SHA-256 of the bytes written by this call. */
  sha256: string;
}

/**
 * Streams a job's log into a file: memory stays flat whatever the log's size. With the client's
 * default transport (no `fetch` given), or an `agent`/`dispatcher`, the log goes through Node's
 * own HTTP stack straight into the file (a body that breaks off resumes from the bytes written);
 * with a `fetch` of the caller's, or a `transform`, through that fetch's web streams.
 */
export async function writeJobTraceToFile(
  client: GitLabClient,
  params: WriteJobTraceToFileParams,
): Promise<WrittenTrace> {
  const { path, mode = 'overwrite', transform, agent, dispatcher, ...traceParams } = params;
  const nodeStack = agent !== undefined || dispatcher !== undefined || usesGlobalFetch(client);
  if (nodeStack && !transform) {
    const p = parseParams(GetJobTraceParamsSchema, traceParams, 'getJobTrace');
    const hash = createHash('sha256');
    const written = await downloadJobTrace(client, {
      project: p.project,
      jobId: p.jobId,
      offset: p.offset,
      path,
      mode,
      signal: p.signal,
      deadline: p.deadline,
      transport: { agent, dispatcher },
      hash,
    });
    return { path, bytes: written.bytes, sha256: hash.digest('hex') };
  }
  let stream = await getJobTrace(client, traceParams);
  if (transform) stream = stream.pipeThrough(transform);
  const written = await writeWebStreamToFile(stream, path, { mode, signal: traceParams.signal });
  return { path, ...written };
}
