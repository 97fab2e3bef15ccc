// Tells the reporter which pipelines, jobs and bridges of a pipeline tree changed status since the last read.
import { formatDuration } from './parse-duration.js';
import { pipelineLabel } from './pipeline-tree-lines.js';
import type { PipelineTree } from './read-pipeline-tree.js';
import type { StepContext } from './step-context.js';

/** The statuses last seen, by pipeline (`p:<project>/<id>`) and job (`j:<id>`). */
export type TreeStatuses = Map<string, string>;

/**
 * Reports every status that changed (or is seen for the first time) with the time elapsed since
 * the step began: jobs through `statusChange`, as wait-for-job reports its job; pipelines and
 * bridges as info lines in the same form. Returns the new statuses and whether any changed.
 */
export function reportTreeChanges(
  context: StepContext,
  tree: PipelineTree,
  before: TreeStatuses,
): { statuses: TreeStatuses; changed: boolean } {
  const statuses: TreeStatuses = new Map();
  const elapsedMs = context.clock.now() - context.startedAt;
  let changed = false;
  const see = (key: string, status: string, say: (from: string | undefined) => void) => {
    statuses.set(key, status);
    const from = before.get(key);
    if (from === status) return;
    changed = true;
    say(from);
  };
  const moved = (from: string | undefined, to: string) =>
    from === undefined ? `is ${to}` : `${from} → ${to}`;
  const walk = (level: PipelineTree) => {
    const { pipeline } = level;
    see(`p:${pipeline.project_id}/${pipeline.id}`, pipeline.status, (from) =>
      context.reporter.info(
        `[${formatDuration(elapsedMs)}] ${pipelineLabel({ id: pipeline.id, projectId: pipeline.project_id, ref: pipeline.ref })}: ${moved(from, pipeline.status)}`,
      ),
    );
    for (const job of level.jobs) {
      see(`j:${job.id}`, job.status, (from) =>
        context.reporter.statusChange({
          job,
          from: from as typeof job.status | undefined,
          to: job.status,
          elapsedMs,
        }),
      );
    }
    for (const { bridge, downstream } of level.bridges) {
      see(`j:${bridge.id}`, bridge.status, (from) =>
        context.reporter.info(
          `[${formatDuration(elapsedMs)}] bridge ${bridge.id} ${JSON.stringify(bridge.name)}: ${moved(from, bridge.status)}`,
        ),
      );
      if (downstream) walk(downstream);
    }
  };
  walk(tree);
  return { statuses, changed };
}
