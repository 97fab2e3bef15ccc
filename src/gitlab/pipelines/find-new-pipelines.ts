// Finds the pipelines that appeared on a ref after a noted id, from the given sources.
import type { GitLabClient } from '../client.js';
import type { ProjectRef } from '../params/project-id.js';
import { listProjectPipelines } from './list-project-pipelines.js';

/** Where to look, and for what. */
export interface FindNewPipelinesParams {
  project: ProjectRef;
  ref: string;
  /** The `source` values a pipeline made by the call can have, e.g. `['api']`. */
  sources: readonly string[];
  /** Only pipelines with a higher id count (GitLab's ids only grow). */
  afterId: number;
  signal?: AbortSignal | undefined;
  deadline?: number | undefined;
}

// Enough to step over other pipelines created on the ref meanwhile; bounded so a busy ref stays cheap.
const PER_PAGE = 20;
const MAX_PAGES = 5;

/**
 * The ids, ascending, of the pipelines on `ref` with one of `sources` and an id above `afterId`.
 * Reads newest first and stops at the first pipeline at or below `afterId`.
 */
export async function findNewPipelines(
  client: GitLabClient,
  params: FindNewPipelinesParams,
): Promise<number[]> {
  const found = new Set<number>();
  for (const source of new Set(params.sources)) {
    const pipelines = listProjectPipelines(client, {
      project: params.project,
      ref: params.ref,
      source,
      orderBy: 'id',
      sort: 'desc',
      perPage: PER_PAGE,
      maxPages: MAX_PAGES,
      signal: params.signal,
      deadline: params.deadline,
    });
    for await (const pipeline of pipelines) {
      if (pipeline.id <= params.afterId) break;
      // The filters are GitLab's; checked again so a server that ignores one cannot mislead.
      if (pipeline.ref === params.ref && pipeline.source === source) found.add(pipeline.id);
    }
  }
  return [...found].sort((a, b) => a - b);
}
