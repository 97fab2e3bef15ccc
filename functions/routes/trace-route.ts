// GET /projects/:id/jobs/:job_id/trace: the log streamed through unbuffered, from a byte offset when `Range` asks.
import type { Context } from 'hono';
import type { RelayRoute } from '../http/relay-route.js';
import type { RelayAppEnv } from '../relay-app-env.js';
import { traceRead } from '../upstream/job-reads.js';

/**
 * Streams GitLab's answer on as it comes (shared with the other followers reading the same log
 * within about a second). `Range: bytes=N-` (which GitLab ignores) is
 * served here: 206 with the bytes from N, or 416 past the end, so a follower downloads each byte
 * of a growing log once. Without a known length (no Content-Length, or an encoded body) no valid
 * Content-Range can be written: the whole log is served with 200, as RFC 9110 allows.
 */
export async function traceRoute(
  c: Context<RelayAppEnv>,
  route: Extract<RelayRoute, { kind: 'trace' }>,
): Promise<Response> {
  const trace = await c.get('upstream').read(traceRead(route.project, route.jobId));
  const { length } = trace;
  const headers = new Headers({
    'content-type': trace.headers.get('content-type') ?? 'text/plain; charset=utf-8',
  });
  const offset = rangeStart(c.req.header('range'));
  if (offset === undefined || length === undefined) {
    if (length !== undefined) headers.set('content-length', String(length));
    return new Response(trace.body(), { status: 200, headers });
  }
  if (offset >= length) {
    await trace.discard();
    headers.set('content-range', `bytes */${length}`);
    return new Response(null, { status: 416, headers });
  }
  headers.set('content-range', `bytes ${offset}-${length - 1}/${length}`);
  headers.set('content-length', String(length - offset));
  return new Response(trace.body(offset), { status: 206, headers });
}

// The N of `Range: bytes=N-` (the only form the relay serves), else undefined.
function rangeStart(range: string | undefined): number | undefined {
  const match = range ? /^bytes=(\d{1,15})-$/.exec(range.trim()) : null;
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
