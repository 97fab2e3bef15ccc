// GitLab's pipeline statuses, the schema that checks one, and which of them are final.
import * as v from 'valibot';

/**
 * Every status a current GitLab gives a pipeline: the composite of its jobs' statuses
 * (lib/gitlab/ci/status/composite.rb, app/models/concerns/ci/has_status.rb, gitlabhq/gitlabhq).
 * `canceling` and `waiting_for_callback` are missing on older servers; a newer server's
 * composite passes a job's `waiting_for_callback` up to its pipeline, so it is accepted here.
 */
export const PIPELINE_STATUSES = [
  'created',
  'waiting_for_resource',
  'preparing',
  'waiting_for_callback',
  'pending',
  'running',
  'success',
  'failed',
  'canceling',
  'canceled',
  'skipped',
  'manual',
  'scheduled',
] as const;

/** A pipeline status exactly as GitLab spells it (`canceled`, with one l). */
export const PipelineStatusSchema = v.picklist(
  PIPELINE_STATUSES,
  `must be one of GitLab's pipeline statuses: ${PIPELINE_STATUSES.join(', ')}`,
);

/** One of GitLab's pipeline statuses. */
export type PipelineStatus = v.InferOutput<typeof PipelineStatusSchema>;

/** The final statuses: a pipeline in one of them changes no more unless it is retried. */
export const FINISHED_PIPELINE_STATUSES = [
  'success',
  'failed',
  'canceled',
  'skipped',
] as const satisfies readonly PipelineStatus[];

/** A final pipeline status. */
export type FinishedPipelineStatus = (typeof FINISHED_PIPELINE_STATUSES)[number];

/** True when a pipeline in this status is finished (`canceling` is not: it is on its way; `manual` waits for a person). */
export function isFinishedPipelineStatus(status: PipelineStatus): status is FinishedPipelineStatus {
  return (FINISHED_PIPELINE_STATUSES as readonly PipelineStatus[]).includes(status);
}
