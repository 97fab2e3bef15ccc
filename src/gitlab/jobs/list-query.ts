// The query parameters shared by the job lists.
import type { JobScope } from '../schemas/job-scope.js';

/** `scope[]=a&scope[]=b` (and `include_retried` when given), as GitLab's Grape API reads them. */
export function listQuery(
  scope: readonly JobScope[] | undefined,
  includeRetried?: boolean,
): URLSearchParams {
  const query = new URLSearchParams();
  for (const value of scope ?? []) query.append('scope[]', value);
  if (includeRetried !== undefined) query.set('include_retried', String(includeRetried));
  return query;
}
