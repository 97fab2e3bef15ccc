// The build named by `:ref_name` and `?job=`: Project#latest_successful_build_for_ref!.
import { latestBuildForRef } from '../artifacts/latest-build-for-ref.js';
import { invalidParams, recordNotFound } from '../http/api-error.js';
import type { JobRecord, ProjectRecord } from '../state/records.js';
import type { ApiContext } from './api-route.js';

/**
 * The latest build named `name` with artifacts in the newest successful pipeline of the
 * `:ref_name`; `404 Not found` (the API's answer to ActiveRecord::RecordNotFound) when none.
 */
export function findRefBuild(context: ApiContext, project: ProjectRecord, name: string): JobRecord {
  const ref = context.c.req.param('ref_name') ?? '';
  const build = latestBuildForRef(context.state, project, ref, name, context.now);
  if (!build) throw recordNotFound();
  return build;
}

/** The `job` parameter, checked as Grape checks `requires :job, type: String` (before any lookup). */
export function readJobName(context: ApiContext): string {
  const name = context.params.job;
  if (name === undefined || name === null) throw invalidParams('job is missing');
  if (typeof name === 'object') throw invalidParams('job is invalid');
  return String(name);
}
