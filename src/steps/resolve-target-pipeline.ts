// Finds the pipeline a step waits for: by id, or the newest pipeline of a ref (and commit).
import type { GitLabClient } from '../gitlab/client.js';
import { InvalidInputError } from '../gitlab/errors/invalid-input-error.js';
import { getPipeline } from '../gitlab/pipelines/get-pipeline.js';
import { listProjectPipelines } from '../gitlab/pipelines/list-project-pipelines.js';
import type { PipelineDetail } from '../gitlab/schemas/pipeline-detail.js';

/** Which pipeline: an id, or the newest of a ref (optionally of one commit). */
export interface PipelineTarget {
  project: string | number;
  pipeline: number | undefined;
  ref: string | undefined;
  sha: string | undefined;
}

/**
 * Gets the pipeline by id, or lists the ref's pipelines newest first (by id, GitLab's default
 * order; child pipelines are not listed) and gets the first.
 */
export async function resolveTargetPipeline(
  client: GitLabClient,
  target: PipelineTarget,
  options: { signal?: AbortSignal | undefined; deadline?: number | undefined } = {},
): Promise<PipelineDetail> {
  if (target.pipeline !== undefined) {
    return getPipeline(client, {
      project: target.project,
      pipelineId: target.pipeline,
      ...options,
    });
  }
  const ref = target.ref as string;
  for await (const newest of listProjectPipelines(client, {
    project: target.project,
    ref,
    ...(target.sha ? { sha: target.sha } : {}),
    orderBy: 'id',
    sort: 'desc',
    perPage: 1,
    maxItems: 1,
    ...options,
  })) {
    return getPipeline(client, { project: target.project, pipelineId: newest.id, ...options });
  }
  throw new InvalidInputError(
    target.sha ? 'sha' : 'ref',
    JSON.stringify(target.sha ?? ref),
    `no pipeline for it in project ${target.project}${target.sha ? ` on ${JSON.stringify(ref)}` : ''}`,
  );
}
