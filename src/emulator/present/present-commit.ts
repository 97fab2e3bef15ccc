// A pipeline's commit as GitLab's API::Entities::Commit shows it inside a job.

import type { PipelineRecord, ProjectRecord } from '../state/records.js';
import { shaFor } from '../state/sha-for.js';
import { isoTime } from './iso-time.js';

/** The `commit` JSON of a job. */
export function presentCommit(
  pipeline: PipelineRecord,
  project: ProjectRecord,
  baseUrl: string,
): Record<string, unknown> {
  // The commit is pushed a minute before its pipeline starts.
  const date = isoTime(pipeline.createdAt - 60_000);
  const { commit } = pipeline;
  return {
    id: pipeline.sha,
    short_id: pipeline.sha.slice(0, 8),
    created_at: date,
    parent_ids: [shaFor(`${pipeline.sha}^`)],
    title: commit.title,
    message: commit.message,
    author_name: commit.authorName,
    author_email: commit.authorEmail,
    authored_date: date,
    committer_name: commit.authorName,
    committer_email: commit.authorEmail,
    committed_date: date,
    trailers: {},
    extended_trailers: {},
    web_url: `${baseUrl}/${project.fullPath}/-/commit/${pipeline.sha}`,
  };
}
