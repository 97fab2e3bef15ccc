// Follows the logs of the named jobs wherever they are in a pipeline tree, each from the moment it starts.
import { isFinishedStatus } from '../gitlab/schemas/job-status.js';
import { followRemoteLog, type RemoteLogFollower } from './follow-remote-log.js';
import { createLogTail } from './log-tail.js';
import type { PipelineTree } from './read-pipeline-tree.js';
import type { StepContext } from './step-context.js';

/** The logs being followed in a tree. */
export interface TreeLogFollower {
  /** Starts following newly started matching jobs, reads what is new; true when a log grew. */
  readNew(tree: PipelineTree): Promise<boolean>;
  /** Reads the rest of every followed log. */
  finish(): Promise<void>;
}

/**
 * Follows the jobs named in `names` (`all`: every job) in any pipeline of the tree, reusing
 * followRemoteLog for each. A job's log is read once it has started and finished once it ends;
 * a line says whose log follows before the first piece of it.
 */
export function followTreeLogs(
  context: StepContext,
  names: readonly string[] | 'all',
): TreeLogFollower {
  const followers = new Map<number, { follower: RemoteLogFollower; done: boolean }>();
  const wanted = (name: string) => names === 'all' || names.includes(name);
  type Found = { job: PipelineTree['jobs'][number]; pipeline: PipelineTree['pipeline'] };
  const jobsOf = (tree: PipelineTree): Found[] => [
    ...tree.jobs.map((job) => ({ job, pipeline: tree.pipeline })),
    ...tree.bridges.flatMap((branch) => (branch.downstream ? jobsOf(branch.downstream) : [])),
  ];
  return {
    async readNew(tree) {
      let grew = false;
      for (const { job, pipeline } of jobsOf(tree)) {
        if (!wanted(job.name) || job.started_at === null) continue;
        let entry = followers.get(job.id);
        if (!entry) {
          context.reporter.info(
            `Log of job ${job.id} ${JSON.stringify(job.name)} (pipeline ${pipeline.id}):`,
          );
          const follower = followRemoteLog({
            client: context.client,
            project: pipeline.project_id,
            jobId: job.id,
            reporter: context.reporter,
            // The pipeline summary has no log tail: nothing is kept.
            tail: createLogTail(0),
            signal: context.signal,
          });
          entry = { follower, done: false };
          followers.set(job.id, entry);
        }
        if (entry.done) continue;
        if (isFinishedStatus(job.status)) {
          entry.done = true;
          await entry.follower.finish();
        } else if (await entry.follower.readNew()) grew = true;
      }
      return grew;
    },
    async finish() {
      for (const entry of followers.values()) {
        if (entry.done) continue;
        entry.done = true;
        await entry.follower.finish();
      }
    },
  };
}
