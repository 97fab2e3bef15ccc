// Who may see and act on a project's jobs, after GitLab's project and build policies.
import type { EmulatorState } from './emulator-state.js';
import type { JobRecord, PipelineRecord, ProjectRecord, UserRecord } from './records.js';

const ADMIN_LEVEL = 60;

/** The user's access level in the project: 0 for none, 10 guest … 50 owner, above for admins. */
export function accessLevel(project: ProjectRecord, user: UserRecord | undefined): number {
  if (!user) return 0;
  if (user.admin) return ADMIN_LEVEL;
  return project.members.get(user.id) ?? 0;
}

/** Whether the user can see the project at all (otherwise GitLab answers 404, not 403). */
export function canSeeProject(project: ProjectRecord, user: UserRecord | undefined): boolean {
  return project.visibility !== 'private' || accessLevel(project, user) > 0;
}

/**
 * Whether the user can read jobs and logs (`read_build`): reporters and up; and, while the
 * project's "Public pipelines" (public_builds) is on, anyone who can see the project — its guests,
 * and every visitor of an internal or public project (project_policy.rb:
 * `rule { public_builds }.policy { enable :read_build }`).
 */
export function canReadJobs(project: ProjectRecord, user: UserRecord | undefined): boolean {
  if (accessLevel(project, user) >= 20) return true;
  return project.publicBuilds && canSeeProject(project, user);
}

/**
 * Whether the user can read pipelines (`read_pipeline`): reporters and up, guests while public
 * pipelines are on (`rule { public_builds & can?(:guest_access) }`), and anyone who can see a
 * public or internal project (its public access).
 */
export function canReadPipelines(project: ProjectRecord, user: UserRecord | undefined): boolean {
  const level = accessLevel(project, user);
  if (level >= 20 || (project.publicBuilds && level >= 10)) return true;
  return project.visibility !== 'private' && canSeeProject(project, user);
}

/** Whether the user can cancel, retry and play jobs (`update_build`): developers and up. */
export function canUpdateJobs(project: ProjectRecord, user: UserRecord | undefined): boolean {
  return accessLevel(project, user) >= 30;
}

/** Whether the user can erase the job (`erase_build`): maintainers, or the developer who ran it. */
export function canEraseJob(
  state: EmulatorState,
  project: ProjectRecord,
  user: UserRecord | undefined,
  job: JobRecord,
): boolean {
  const level = accessLevel(project, user);
  const allowed = level >= 40 || (level >= 30 && user !== undefined && job.userId === user.id);
  return allowed && canUpdateJobRef(state, project, user, job);
}

/**
 * Whether the user may act on this job (update, play, retry, cancel; BuildPolicy): a developer
 * of the project who may also update the job's ref — on a protected branch, push or merge to it;
 * on a protected tag, create it (`rule { protected_ref }.prevent(*all_job_write_abilities)`).
 * A bridge is played only by someone who may update its downstream project's branch too
 * (BridgePolicy's `can_update_downstream_branch`).
 */
export function canWriteJob(
  state: EmulatorState,
  project: ProjectRecord,
  user: UserRecord | undefined,
  job: JobRecord,
): boolean {
  return canUpdateJobs(project, user) && canUpdateJobRef(state, project, user, job);
}

/** BridgePolicy's `can_update_downstream_branch`: may the user update the downstream branch? */
export function canUpdateDownstream(
  state: EmulatorState,
  bridge: JobRecord,
  user: UserRecord | undefined,
): boolean {
  const trigger = bridge.spec.trigger;
  if (!trigger) return true;
  const downstream = state.project(trigger.projectId);
  const ref = trigger.ref ?? state.pipeline(bridge.pipelineId).ref;
  return canUpdateJobs(downstream, user) && mayUpdateRef(downstream, user, ref, false);
}

// The job's pipeline ref, against the project's protected branches or tags.
function canUpdateJobRef(
  state: EmulatorState,
  project: ProjectRecord,
  user: UserRecord | undefined,
  job: JobRecord,
): boolean {
  const pipeline = state.pipeline(job.pipelineId);
  return mayUpdateRef(project, user, pipeline.ref, pipeline.tag);
}

function mayUpdateRef(
  project: ProjectRecord,
  user: UserRecord | undefined,
  ref: string,
  tag: boolean,
): boolean {
  const rules = project.protectedRefs.filter(
    (rule) => rule.tag === tag && refMatches(rule.name, ref),
  );
  if (rules.length === 0) return true;
  // Several matching rules: the most permissive one applies (GitLab's ProtectedRef access check).
  const level = accessLevel(project, user);
  return user?.admin === true || rules.some((rule) => level >= rule.minimumLevel);
}

// GitLab's protected-ref wildcards: `*` matches any characters, `/` included.
function refMatches(pattern: string, ref: string): boolean {
  if (!pattern.includes('*')) return pattern === ref;
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
  return new RegExp(`^${escaped}$`).test(ref);
}

/** Whether a job token from `source` may reach `target` under target's job token allowlist. */
export function jobTokenAdmits(target: ProjectRecord, source: ProjectRecord): boolean {
  return (
    target.id === source.id ||
    !target.jobTokenScopeEnabled ||
    target.jobTokenAllowlist.has(source.id)
  );
}

/**
 * `set_pipeline_variables` (project_policy.rb: `rule { user_defined_variables_allowed }`): may the
 * user pass variables, here to a play? Those at the project's minimum role and above.
 */
export function canSetPipelineVariables(
  project: ProjectRecord,
  user: UserRecord | undefined,
): boolean {
  return accessLevel(project, user) >= project.pipelineVariablesMinimumLevel;
}

/**
 * `read_job_artifacts` on a job (Ci::BuildPolicy, Ci::JobArtifactPolicy): those who may read
 * the project's jobs, unless `artifacts:access` is `none`; only developers and up when it is
 * `developer` (`artifacts:public: false`), only maintainers and up when it is `maintainer`.
 */
export function canReadJobArtifacts(
  project: ProjectRecord,
  user: UserRecord | undefined,
  job: JobRecord,
): boolean {
  const access = job.spec.artifactsAccess ?? 'all';
  if (access === 'none' || !canReadJobs(project, user)) return false;
  if (access === 'developer') return accessLevel(project, user) >= 30;
  if (access === 'maintainer') return accessLevel(project, user) >= 40;
  return true;
}

/**
 * `update_pipeline` and `cancel_pipeline` on a pipeline (Ci::PipelinePolicy): developers and up,
 * unless the pipeline's ref is protected against them (`rule { protected_ref }.prevent …`).
 */
export function canUpdatePipeline(
  project: ProjectRecord,
  user: UserRecord | undefined,
  pipeline: PipelineRecord,
): boolean {
  return canUpdateJobs(project, user) && mayUpdateRef(project, user, pipeline.ref, pipeline.tag);
}

/**
 * `read_pipeline_variable` (Ci::PipelinePolicy): maintainers (`admin_pipeline`), or whoever
 * triggered the pipeline while they may update it.
 */
export function canReadPipelineVariables(
  project: ProjectRecord,
  user: UserRecord | undefined,
  pipeline: PipelineRecord,
): boolean {
  if (accessLevel(project, user) >= 40) return true;
  return (
    user !== undefined && pipeline.userId === user.id && canUpdatePipeline(project, user, pipeline)
  );
}

/**
 * Chain::Validate::Abilities#allowed_to_write_ref?: may the user run a pipeline on this branch
 * (push or merge to it) or tag (create it)?
 */
export function canRunPipelineOnRef(
  project: ProjectRecord,
  user: UserRecord | undefined,
  ref: string,
  tag: boolean,
): boolean {
  return mayUpdateRef(project, user, ref, tag);
}
