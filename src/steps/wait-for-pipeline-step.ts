// wait-for-pipeline: polls a pipeline and its downstream pipelines until it ends, and judges its own status.
import { errorMessage } from '../gitlab/errors/error-message.js';
import { getPipeline } from '../gitlab/pipelines/get-pipeline.js';
import type { JobStatus } from '../gitlab/schemas/job-status.js';
import type { PipelineDetail } from '../gitlab/schemas/pipeline-detail.js';
import {
  isFinishedPipelineStatus,
  type PipelineStatus,
} from '../gitlab/schemas/pipeline-status.js';
import { isTransientError } from '../gitlab/wait/is-transient-error.js';
import { nextPollDelay } from '../gitlab/wait/next-poll-delay.js';
import { followTreeLogs } from './follow-tree-logs.js';
import { formatDuration } from './parse-duration.js';
import type { StepInputs } from './parse-step-inputs.js';
import { pipelineTreeLines } from './pipeline-tree-lines.js';
import { type PipelineTree, readPipelineTree } from './read-pipeline-tree.js';
import { reportPipelineEnd } from './report-pipeline-end.js';
import { reportTreeChanges, type TreeStatuses } from './report-tree-changes.js';
import { resolveTargetPipeline } from './resolve-target-pipeline.js';
import { type StepContext, stepDeadline, wallDeadline } from './step-context.js';
import type { PipelineStepResult } from './step-result.js';
import { summarisePipelineTree } from './summarise-pipeline-tree.js';

const MAX_CONSECUTIVE_ERRORS = 5;
// Room for the reads made at the deadline itself to complete (as pollJob gives its last read).
const FINAL_READ_GRACE_MS = 10_000;

/** True when waiting on a pipeline in `status` is over (as isWaitOver for a job). */
export function isPipelineWaitOver(
  status: PipelineStatus,
  keepWaitingWhenBlocked: boolean,
): boolean {
  return (
    isFinishedPipelineStatus(status) ||
    (!keepWaitingWhenBlocked && (status === 'manual' || status === 'scheduled'))
  );
}

/**
 * Runs wait-for-pipeline: finds the pipeline (unless given it), then reads it with its jobs,
 * bridges and downstream pipelines on the backoff schedule, reporting each status change, until
 * the pipeline itself is over (finished; or manual/scheduled unless keep-waiting-on-manual) or
 * the timeout passes. The step's verdict is the awaited pipeline's own status against
 * success-statuses: a downstream pipeline counts only as far as GitLab lets it (see
 * summarisePipelineTree); one that failed without failing its bridge is warned about.
 */
export async function runWaitForPipeline(
  context: StepContext,
  inputs: StepInputs,
  found?: PipelineDetail,
  command = 'wait-for-pipeline',
): Promise<PipelineStepResult> {
  const { client, reporter, clock, signal } = context;
  const deadline = stepDeadline(context, inputs.timeoutMs);
  const readDeadline = () => wallDeadline(context, inputs.timeoutMs) + FINAL_READ_GRACE_MS;
  let pipeline =
    found ??
    (await resolveTargetPipeline(client, inputs, {
      signal,
      deadline: wallDeadline(context, inputs.timeoutMs),
    }));
  reporter.info(
    `Waiting for pipeline ${pipeline.id} (${pipeline.web_url}), at most ${formatDuration(Math.max(0, deadline - clock.now()))}`,
  );
  const logs = inputs.followLog ? followTreeLogs(context, inputs.followJobs) : undefined;
  const schedule = { firstIntervalMs: inputs.intervalMs, maxIntervalMs: inputs.maxIntervalMs };
  let statuses: TreeStatuses = new Map();
  let tree: PipelineTree | undefined;
  let delay: number | undefined;
  let errors = 0;
  let first = true;
  let done = false;
  for (;;) {
    let activity = false;
    try {
      if (!first)
        pipeline = await getPipeline(client, {
          project: pipeline.project_id,
          pipelineId: pipeline.id,
          signal,
          deadline: readDeadline(),
        });
      first = false;
      tree = await readPipelineTree(client, { pipeline, signal, deadline: readDeadline() });
      errors = 0;
      const seen = reportTreeChanges(context, tree, statuses);
      statuses = seen.statuses;
      activity = seen.changed;
      if (logs && (await logs.readNew(tree))) activity = true;
      if (isPipelineWaitOver(pipeline.status, inputs.keepWaitingOnManual)) {
        done = true;
        break;
      }
    } catch (error) {
      if (signal?.aborted || !isTransientError(error) || ++errors > MAX_CONSECUTIVE_ERRORS) {
        throw error;
      }
      reporter.warning(
        `Reading pipeline ${pipeline.id} failed (${errorMessage(error)}); trying again`,
      );
    }
    const now = clock.now();
    if (now >= deadline) break;
    delay = nextPollDelay(delay, schedule, { activity });
    await clock.sleep(Math.min(delay, deadline - now), signal);
  }
  await logs?.finish();
  const summarised = tree ? summarisePipelineTree(tree) : undefined;
  if (summarised) for (const line of pipelineTreeLines(summarised.pipeline)) reporter.info(line);
  for (const warning of summarised?.uncounted ?? []) {
    reporter.annotation('warning', warning, 'Downstream pipeline not counted');
  }
  const label = `Pipeline ${pipeline.id}`;
  const counted = inputs.successStatuses;
  const outcome = !done
    ? 'timed-out'
    : counted.includes(pipeline.status as JobStatus)
      ? 'success'
      : 'failed';
  const message =
    outcome === 'timed-out'
      ? `Timed out after ${formatDuration(inputs.timeoutMs)}: ${label} is still ${pipeline.status}`
      : outcome === 'success'
        ? `${label} ended ${pipeline.status}`
        : pipeline.status === 'manual' || pipeline.status === 'scheduled'
          ? `${label} is ${pipeline.status}: it waits for ${pipeline.status === 'manual' ? 'someone to play a job' : 'a scheduled job'} (add ${pipeline.status} to success-statuses, or set keep-waiting-on-manual)`
          : `${label} ended ${pipeline.status}${failedJobs(summarised?.pipeline)}, not one of: ${counted.join(', ')}`;
  return reportPipelineEnd(context, {
    command,
    pipeline,
    outcome,
    message,
    summary: summarised?.pipeline,
  });
}

// ` (failed: build, deploy)`: the jobs that failed the pipeline, in every pipeline of the tree.
function failedJobs(
  pipeline: ReturnType<typeof summarisePipelineTree>['pipeline'] | undefined,
): string {
  if (!pipeline) return '';
  const names: string[] = [];
  const walk = (level: typeof pipeline) => {
    for (const stage of level.stages) {
      for (const job of stage.jobs) {
        if (job.status === 'failed' && !job.allowFailure) names.push(job.name);
        if (job.bridge?.downstream) walk(job.bridge.downstream);
      }
    }
  };
  walk(pipeline);
  return names.length > 0 ? ` (failed: ${[...new Set(names)].join(', ')})` : '';
}
