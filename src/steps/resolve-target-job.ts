// Finds the job a step acts on: by id, or the newest job of a name in a pipeline.
import type { GitLabClient } from '../gitlab/client.js';
import { InvalidInputError } from '../gitlab/errors/invalid-input-error.js';
import { getJob } from '../gitlab/jobs/get-job.js';
import { listPipelineJobs } from '../gitlab/jobs/list-pipeline-jobs.js';
import type { Job } from '../gitlab/schemas/job.js';

/** Which job: an id, or a name in a pipeline. */
export interface JobTarget {
  project: string | number;
  job: number | undefined;
  pipeline: number | undefined;
  name: string | undefined;
}

/**
 * Gets the job by id, or lists the pipeline's jobs (newest first, retried jobs hidden as GitLab
 * does by default) and takes the first of that name. Bridges (trigger jobs) are not jobs here.
 */
export async function resolveTargetJob(
  client: GitLabClient,
  target: JobTarget,
  options: { signal?: AbortSignal | undefined; deadline?: number | undefined } = {},
): Promise<Job> {
  if (target.job !== undefined) {
    return getJob(client, { project: target.project, jobId: target.job, ...options });
  }
  const pipelineId = target.pipeline as number;
  for await (const job of listPipelineJobs(client, {
    project: target.project,
    pipelineId,
    ...options,
  })) {
    if (job.name === target.name) return job;
  }
  throw new InvalidInputError(
    'name',
    JSON.stringify(target.name),
    `no job of that name in pipeline ${pipelineId} of project ${target.project} (retried jobs and trigger jobs are not counted)`,
  );
}
