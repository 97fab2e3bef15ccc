// GitLab's answer to one upstream read, as the relay's routes relay it: status, headers and a body to stream on.
import { bodyLength } from '../../src/gitlab/body-length.js';
import { skipBytes } from '../../src/gitlab/jobs/get-job-trace.js';
import type { SharedBody } from './shared-body.js';

/** One upstream answer, shared with other callers or this caller's alone. */
export interface UpstreamAnswer {
  status: number;
  headers: Headers;
  /** The body's length in bytes, when GitLab said it (`Content-Length` of an unencoded body). */
  length: number | undefined;
  /** Whether other callers are served the same answer (its body is kept a short while). */
  shared: boolean;
  /** The body from byte `offset`, as it arrives; an unshared answer's can be taken once, or after `bytes()`. */
  body(offset?: number): ReadableStream<Uint8Array>;
  /** The whole body (an unshared answer keeps it, for a `body()` after it). */
  bytes(): Promise<Uint8Array>;
  /** Lets an unshared body go unread. */
  discard(): Promise<void>;
}

/** An answer only this caller reads: the upstream body itself, streamed on untouched. */
export function ownAnswer(response: Response): UpstreamAnswer {
  const source = response.body ?? new ReadableStream({ start: (c) => c.close() });
  // Read whole (a job read for its name, then relayed): the relayed body is served from these bytes.
  let read: Promise<Uint8Array> | undefined;
  const bytes = () => {
    read ??= new Response(source).arrayBuffer().then((buffer) => new Uint8Array(buffer));
    return read;
  };
  return {
    status: response.status,
    headers: response.headers,
    length: bodyLength(response.headers),
    shared: false,
    body: (offset = 0) => {
      if (read) return streamOf(read, offset);
      return offset > 0 ? source.pipeThrough(skipBytes(offset)) : source;
    },
    bytes,
    discard: () => source.cancel().catch(() => undefined),
  };
}

// A stream of `bytes` from `offset`.
function streamOf(bytes: Promise<Uint8Array>, offset: number): ReadableStream<Uint8Array> {
  return new ReadableStream({
    async start(controller) {
      const all = await bytes;
      if (offset < all.byteLength) controller.enqueue(all.subarray(offset));
      controller.close();
    },
  });
}

/** An answer whose body many callers read, each its own stream over the same bytes. */
export function sharedAnswer(response: Response, body: SharedBody): UpstreamAnswer {
  return {
    status: response.status,
    headers: response.headers,
    length: bodyLength(response.headers),
    shared: true,
    body: (offset = 0) => body.stream(offset),
    bytes: () => body.bytes(),
    discard: async () => undefined,
  };
}
