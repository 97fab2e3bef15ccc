// Finds the job that retried another: the newest job of the same name in the same pipeline.
import type { GitLabClient } from '../client.js';
import type { Job } from '../schemas/job.js';
import type { JobOrBridge } from '../schemas/job-or-bridge.js';
import { listPipelineJobs } from './list-pipeline-jobs.js';

/** Which job's retry to look for, and the call's signal and deadline. */
export interface FindJobRetryParams {
  project: string | number;
  /** The retried job as GitLab showed it (its pipeline, name and id are what count). */
  job: JobOrBridge;
  signal?: AbortSignal | undefined;
  deadline?: number | undefined;
}

/**
 * The job that retried `job`, or undefined: GitLab gives a retry a new, higher id in the same
 * pipeline, under the same name, and lists newest first, so the first newer namesake is it.
 * Used where GitLab does not say which job it started: after a lost answer to a retry, and after
 * playing a manual job that had already finished, which GitLab retries while answering with the
 * original job (lib/api/ci/jobs.rb: `job.play(...)` then `present job`).
 */
export async function findJobRetry(
  client: GitLabClient,
  params: FindJobRetryParams,
): Promise<Job | undefined> {
  const { job } = params;
  if (!job.pipeline) return undefined;
  const jobs = listPipelineJobs(client, {
    project: params.project,
    pipelineId: job.pipeline.id,
    maxPages: 1,
    signal: params.signal,
    deadline: params.deadline,
  });
  for await (const candidate of jobs) {
    if (candidate.name === job.name && candidate.id > job.id) return candidate;
  }
  return undefined;
}
