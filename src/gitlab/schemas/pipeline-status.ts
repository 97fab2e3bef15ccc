// GitLab's pipeline statuses, the schema that checks one, and which of them are final.
import * as v from 'valibot';
import { FINISHED_JOB_STATUSES, JOB_STATUSES } from './job-status.js';

/**
 * Every status a current GitLab gives a pipeline: the same set as a job's, since pipelines and
 * jobs share `Ci::HasStatus::AVAILABLE_STATUSES` (app/models/concerns/ci/has_status.rb) and a
 * pipeline's is the composite of its jobs' (lib/gitlab/ci/status/composite.rb, which passes
 * `waiting_for_callback` and `canceling` up). Older servers lack those two.
 */
export const PIPELINE_STATUSES = JOB_STATUSES;

/** A pipeline status exactly as GitLab spells it (`canceled`, with one l). */
export const PipelineStatusSchema = v.picklist(
  PIPELINE_STATUSES,
  `must be one of GitLab's pipeline statuses: ${PIPELINE_STATUSES.join(', ')}`,
);

/** One of GitLab's pipeline statuses. */
export type PipelineStatus = v.InferOutput<typeof PipelineStatusSchema>;

/** The final statuses: a pipeline in one of them changes no more unless it is retried. */
export const FINISHED_PIPELINE_STATUSES = FINISHED_JOB_STATUSES;

/** A final pipeline status. */
export type FinishedPipelineStatus = (typeof FINISHED_PIPELINE_STATUSES)[number];

/** True when a pipeline in this status is finished (`canceling` is not: it is on its way; `manual` waits for a person). */
export function isFinishedPipelineStatus(status: PipelineStatus): status is FinishedPipelineStatus {
  return (FINISHED_PIPELINE_STATUSES as readonly PipelineStatus[]).includes(status);
}
