// Relays reading one job and its log; the log streams through, from a byte offset when asked.
import { getJob } from '../../src/gitlab/jobs/get-job.js';
import { skipBytes } from '../../src/gitlab/jobs/get-job-trace.js';
import { encodeProjectId } from '../../src/gitlab/params/project-id.js';
import { sendRequest } from '../../src/gitlab/request.js';
import type { RelayRoute } from '../http/relay-route.js';
import { policyRefusal } from './policy-refusal.js';
import { decide, decisionNeedsJobName, type RelayContext } from './relay-context.js';

type JobRoute = Extract<RelayRoute, { kind: 'get-job' | 'trace' }>;

/** `GET /projects/:id/jobs/:job_id` when the policy allows `read`. */
export async function relayGetJob(context: RelayContext, route: JobRoute): Promise<Response> {
  const project = route.project.path ?? route.project.id;
  const request = { operation: 'read' as const, target: route.project };
  if (decisionNeedsJobName(context, request)) {
    // The name is needed to decide: fetch first, answer only if the decision allows it.
    const job = await getJob(context.client, { project, jobId: route.jobId });
    const decision = decide(context, { ...request, jobName: job.name });
    if (!decision.allowed) return policyRefusal(decision);
    return Response.json(job);
  }
  const decision = decide(context, request);
  if (!decision.allowed) return policyRefusal(decision);
  return Response.json(await getJob(context.client, { project, jobId: route.jobId }));
}

/**
 * `GET /projects/:id/jobs/:job_id/trace` when the policy allows `trace`. Streams GitLab's answer
 * without buffering. `Range: bytes=N-` (which GitLab ignores) is served here: 206 with the bytes
 * from N, or 416 past the end, so a follower downloads each byte of a growing log once.
 */
export async function relayTrace(context: RelayContext, route: JobRoute): Promise<Response> {
  const project = route.project.path ?? route.project.id;
  const request = { operation: 'trace' as const, target: route.project };
  let jobName: string | undefined;
  if (decisionNeedsJobName(context, request)) {
    jobName = (await getJob(context.client, { project, jobId: route.jobId })).name;
  }
  const decision = decide(context, { ...request, jobName });
  if (!decision.allowed) return policyRefusal(decision);
  const path = `projects/${encodeProjectId(project)}/jobs/${route.jobId}/trace`;
  const { response } = await sendRequest(context.client, {
    operation: 'getJobTrace',
    route: 'GET /projects/:id/jobs/:job_id/trace',
    method: 'GET',
    path,
    expect: 'stream',
  });
  const headers = new Headers({
    'content-type': response.headers.get('content-type') ?? 'text/plain; charset=utf-8',
  });
  const body = response.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  const offset = rangeStart(context.request.headers.get('range'));
  // Without a known length a valid Content-Range cannot be written: serve the whole log (RFC 9110 allows ignoring Range).
  if (offset === undefined || !Number.isSafeInteger(length)) {
    if (Number.isSafeInteger(length)) headers.set('content-length', String(length));
    return new Response(body, { status: 200, headers });
  }
  if (offset >= length) {
    await body.cancel();
    headers.set('content-range', `bytes */${length}`);
    return new Response(null, { status: 416, headers });
  }
  headers.set('content-range', `bytes ${offset}-${length - 1}/${length}`);
  headers.set('content-length', String(length - offset));
  return new Response(offset > 0 ? body.pipeThrough(skipBytes(offset)) : body, {
    status: 206,
    headers,
  });
}

/** The N of `Range: bytes=N-` (the only form the relay serves), else undefined. */
export function rangeStart(range: string | null): number | undefined {
  const match = range ? /^bytes=(\d{1,15})-$/.exec(range.trim()) : null;
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
