// Wraps a fetch to count requests and the response body bytes that come back (the bytes on the wire).
import type { FetchFunction } from '../../src/gitlab/client.js';

/** Running totals of a counting fetch. */
export interface FetchCounts {
  requests: number;
  /** Response body bytes received (headers not counted). */
  bodyBytes: number;
}

/** A fetch that counts, and its totals (read them after the bodies have been consumed). */
export function countingFetch(inner: FetchFunction): { fetch: FetchFunction; counts: FetchCounts } {
  const counts: FetchCounts = { requests: 0, bodyBytes: 0 };
  const counter = () =>
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        counts.bodyBytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
  const fetch: FetchFunction = async (input, init) => {
    counts.requests++;
    const response = await inner(input, init);
    if (!response.body) return response;
    return new Response(response.body.pipeThrough(counter()), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
  return { fetch, counts };
}
