// The upstream reads of one job: the job itself and its log, as data for RelayUpstream.read.

import { ResponseValidationError } from '../../src/gitlab/errors/response-validation-error.js';
import { encodeProjectId } from '../../src/gitlab/params/project-id.js';
import type { TargetProject } from '../policy/evaluate-policy.js';
import type { UpstreamRead } from './relay-upstream.js';
import type { UpstreamAnswer } from './upstream-answer.js';

const GET_JOB_ROUTE = 'GET /projects/:id/jobs/:job_id';

/** `GET /projects/:id/jobs/:job_id` of the target project (by path, or by id). */
export function jobRead(project: TargetProject, jobId: number): UpstreamRead {
  return {
    operation: 'getJob',
    route: GET_JOB_ROUTE,
    path: jobPath(project, jobId),
    shareUnknownLength: true,
  };
}

/** `GET /projects/:id/jobs/:job_id/trace` of the target project. */
export function traceRead(project: TargetProject, jobId: number): UpstreamRead {
  return {
    operation: 'getJobTrace',
    route: 'GET /projects/:id/jobs/:job_id/trace',
    path: `${jobPath(project, jobId)}/trace`,
  };
}

// `projects/<project encoded once>/jobs/<id>`, as the core builds it.
function jobPath(project: TargetProject, jobId: number): string {
  return `projects/${encodeProjectId(project.path ?? project.id)}/jobs/${jobId}`;
}

/**
 * The `name` of the job GitLab answered with, the one field the policy decides on; the rest of
 * the body is relayed as it came (its validation is the client's). A body that is not a job
 * object with a string name throws `ResponseValidationError` (the relay answers 502).
 */
export async function readJobName(answer: UpstreamAnswer): Promise<string> {
  const bytes = await answer.bytes();
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new ResponseValidationError('getJob', GET_JOB_ROUTE, [
      { field: '', message: `the body is not valid JSON (${bytes.byteLength} bytes received)` },
    ]);
  }
  const name = typeof data === 'object' && data !== null ? (data as { name?: unknown }).name : '';
  if (typeof name !== 'string') {
    throw new ResponseValidationError('getJob', GET_JOB_ROUTE, [
      { field: 'name', message: 'expected a string' },
    ]);
  }
  return name;
}
