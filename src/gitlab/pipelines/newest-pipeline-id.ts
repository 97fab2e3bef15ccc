// Notes the newest pipeline on a ref before a pipeline is created, so a lost answer can be settled by what appears after it.
import type { GitLabClient } from '../client.js';
import { isGitLabHttpError } from '../errors/is-error.js';
import type { ProjectRef } from '../params/project-id.js';
import { listProjectPipelines } from './list-project-pipelines.js';

/** The id of the newest pipeline on the ref (0 when it has none), or why it could not be listed. */
export type NewestPipelineNote = { id: number } | { unlisted: string };

// A token that may not list pipelines (a CI job token may not: the list route does not allow one).
const NOT_ALLOWED = new Set([401, 403, 404]);

/**
 * One page of one pipeline, ordered by id: the newest pipeline on `ref` the client can see.
 * A token that may not list pipelines is not an error here: the note says so, and the caller
 * goes on without a way to look for its pipeline later. Any other failure is thrown (nothing
 * has been sent yet, so the caller may simply try again).
 */
export async function noteNewestPipelineId(
  client: GitLabClient,
  target: {
    project: ProjectRef;
    ref: string;
    signal?: AbortSignal | undefined;
    deadline?: number | undefined;
  },
): Promise<NewestPipelineNote> {
  try {
    const newest = listProjectPipelines(client, {
      ...target,
      orderBy: 'id',
      sort: 'desc',
      perPage: 1,
      maxPages: 1,
    });
    for await (const pipeline of newest) return { id: pipeline.id };
    return { id: 0 };
  } catch (error) {
    if (target.signal?.aborted || !isGitLabHttpError(error) || !NOT_ALLOWED.has(error.status)) {
      throw error;
    }
    return { unlisted: `this client may not list the project's pipelines (${error.status})` };
  }
}
