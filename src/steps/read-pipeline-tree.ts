// Reads a pipeline with its jobs and bridges, and the downstream pipelines its bridges started, recursively.
import type { GitLabClient } from '../gitlab/client.js';
import { errorMessage } from '../gitlab/errors/error-message.js';
import { isGitLabHttpError } from '../gitlab/errors/is-error.js';
import { listPipelineBridges } from '../gitlab/jobs/list-pipeline-bridges.js';
import { listPipelineJobs } from '../gitlab/jobs/list-pipeline-jobs.js';
import { getPipeline } from '../gitlab/pipelines/get-pipeline.js';
import type { Bridge } from '../gitlab/schemas/bridge.js';
import type { Job } from '../gitlab/schemas/job.js';
import type { PipelineDetail } from '../gitlab/schemas/pipeline-detail.js';

/**
 * How deep downstream pipelines are followed. GitLab itself allows two levels of child pipelines
 * (MAX_NESTED_CHILDREN, app/services/ci/create_downstream_pipeline_service.rb) but lets
 * multi-project pipelines chain further (up to its pipeline_hierarchy_size limit).
 */
export const MAX_DOWNSTREAM_DEPTH = 8;

/** A pipeline as read: its jobs (retried ones left out) and its bridges with what they started. */
export interface PipelineTree {
  pipeline: PipelineDetail;
  jobs: Job[];
  bridges: BridgeBranch[];
}

/** A bridge, the pipeline it started (when read), and why not (when not). */
export interface BridgeBranch {
  bridge: Bridge;
  downstream: PipelineTree | undefined;
  /** Why the downstream pipeline is missing: not created yet, seen before, too deep, unreadable. */
  unread: string | undefined;
}

/** What `readPipelineTree` needs besides the client. */
export interface ReadPipelineTreeParams {
  /** The pipeline, already read (its project is `pipeline.project_id`). */
  pipeline: PipelineDetail;
  signal?: AbortSignal | undefined;
  deadline?: number | undefined;
}

/**
 * Reads the jobs and bridges of `pipeline`, then each bridge's `downstream_pipeline` (a child
 * pipeline in the same project, or a multi-project one), depth first. A pipeline seen before
 * (a cycle of multi-project triggers) is not read again, nor one past MAX_DOWNSTREAM_DEPTH. A
 * downstream pipeline the token may not read (403, 404) is reported in `unread`, not thrown: it
 * is another project's. Errors reading the top pipeline's own lists are thrown.
 */
export async function readPipelineTree(
  client: GitLabClient,
  params: ReadPipelineTreeParams,
): Promise<PipelineTree> {
  const seen = new Set<string>();
  return readLevel(client, params, params.pipeline, 0, seen);
}

async function readLevel(
  client: GitLabClient,
  options: ReadPipelineTreeParams,
  pipeline: PipelineDetail,
  depth: number,
  seen: Set<string>,
): Promise<PipelineTree> {
  seen.add(key(pipeline.project_id, pipeline.id));
  const call = { signal: options.signal, deadline: options.deadline };
  const where = { project: pipeline.project_id, pipelineId: pipeline.id, ...call };
  const jobs: Job[] = [];
  for await (const job of listPipelineJobs(client, where)) jobs.push(job);
  const bridges: BridgeBranch[] = [];
  for await (const bridge of listPipelineBridges(client, where)) {
    bridges.push({ bridge, downstream: undefined, unread: undefined });
  }
  for (const branch of bridges) {
    const started = branch.bridge.downstream_pipeline;
    if (!started) {
      branch.unread = 'no downstream pipeline yet';
      continue;
    }
    // A child pipeline is in the bridge's own project; a multi-project one says where it is.
    const projectId = started.project_id ?? pipeline.project_id;
    if (seen.has(key(projectId, started.id))) {
      branch.unread = `pipeline ${started.id} was already shown above (a cycle of triggers)`;
      continue;
    }
    if (depth + 1 > MAX_DOWNSTREAM_DEPTH) {
      branch.unread = `pipeline ${started.id} is deeper than ${MAX_DOWNSTREAM_DEPTH} levels; not followed`;
      continue;
    }
    try {
      const downstream = await getPipeline(client, {
        project: projectId,
        pipelineId: started.id,
        ...call,
      });
      branch.downstream = await readLevel(client, options, downstream, depth + 1, seen);
    } catch (error) {
      if (!isGitLabHttpError(error) || ![401, 403, 404].includes(error.status)) throw error;
      branch.unread = `pipeline ${started.id} of project ${projectId} cannot be read with this token (${errorMessage(error)})`;
    }
  }
  return { pipeline, jobs, bridges };
}

function key(projectId: number, pipelineId: number): string {
  return `${projectId}/${pipelineId}`;
}
