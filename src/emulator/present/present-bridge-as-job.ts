// A bridge presented with GitLab's Job entity, as POST /projects/:id/jobs/:job_id/retry answers for one.
import type { JobRecord } from '../state/records.js';
import type { PresentContext } from './present-context.js';
import { presentJobBasic } from './present-job-basic.js';

/**
 * The JSON GitLab gives when it presents a bridge `with: Entities::Ci::Job` (retry does, for
 * builds and bridges alike): JobBasic, then `artifacts: []` (Bridge#job_artifacts is none),
 * `runner: null`, `artifacts_expire_at: null`, `archived` and `tag_list: ["bridge"]`
 * (Bridge#tags is `[:bridge]`). There is no `artifacts_file` (Bridge#artifacts? is false) and no
 * `runner_manager` key (exposed only `if: job.is_a?(::Ci::Build)`), and no `downstream_pipeline`.
 * Follows lib/api/entities/ci/job.rb (gitlabhq/gitlabhq@495a5c79) and app/models/ci/bridge.rb
 * (gitlabhq/gitlabhq@017a6c12).
 */
export function presentBridgeAsJob(
  context: PresentContext,
  bridge: JobRecord,
): Record<string, unknown> {
  const pipeline = context.state.pipeline(bridge.pipelineId);
  return {
    ...presentJobBasic(context, bridge),
    artifacts: [],
    runner: null,
    artifacts_expire_at: null,
    archived: pipeline.archived,
    tag_list: ['bridge'],
  };
}
