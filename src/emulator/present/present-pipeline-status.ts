// A pipeline's `detailed_status`, as GitLab's DetailedStatusEntity shows Gitlab::Ci::Status::Pipeline.
import type { JobStatus } from '../state/job-status.js';

/** Text, label, icon and group of each pipeline status (lib/gitlab/ci/status/*.rb). */
const STATUSES: Readonly<Record<string, readonly [string, string, string, string]>> = {
  created: ['Created', 'created', 'status_created', 'created'],
  waiting_for_resource: [
    'Waiting',
    'waiting for resource',
    'status_pending',
    'waiting-for-resource',
  ],
  waiting_for_callback: [
    'Waiting',
    'waiting for callback',
    'status_pending',
    'waiting-for-callback',
  ],
  preparing: ['Preparing', 'preparing', 'status_preparing', 'preparing'],
  pending: ['Pending', 'pending', 'status_pending', 'pending'],
  running: ['Running', 'running', 'status_running', 'running'],
  success: ['Passed', 'passed', 'status_success', 'success'],
  failed: ['Failed', 'failed', 'status_failed', 'failed'],
  canceling: ['Canceling', 'canceling', 'status_canceled', 'canceling'],
  canceled: ['Canceled', 'canceled', 'status_canceled', 'canceled'],
  skipped: ['Skipped', 'skipped', 'status_skipped', 'skipped'],
  // Gitlab::Ci::Status::Pipeline::Blocked and ::Delayed extend the manual and scheduled statuses.
  manual: ['Blocked', 'waiting for manual action', 'status_manual', 'manual'],
  scheduled: ['Delayed', 'waiting for delayed job', 'status_scheduled', 'scheduled'],
};

/**
 * The `detailed_status` JSON (app/serializers/detailed_status_entity.rb): a pipeline's status has
 * details (its page) for whoever may read it (Status::Pipeline::Common), no illustration (the core
 * statuses raise NotImplementedError, which the entity turns into null) and no action.
 * `warnings`: a successful pipeline with allowed failures is `success-with-warnings`
 * (Status::SuccessWarning).
 */
export function presentPipelineStatus(
  status: JobStatus,
  warnings: boolean,
  detailsPath: string,
  hasDetails: boolean,
): Record<string, unknown> {
  const [text, label, icon, group] =
    status === 'success' && warnings
      ? ['Warning', 'passed with warnings', 'status_warning', 'success-with-warnings']
      : (STATUSES[status] ?? STATUSES.failed ?? ['', '', '', '']);
  return {
    icon,
    text,
    label,
    group,
    tooltip: label,
    has_details: hasDetails,
    details_path: detailsPath,
    illustration: null,
    favicon: `/assets/ci_favicons/favicon_${icon}.png`,
  };
}
