// Who may see and act on a project's jobs, after GitLab's project and build policies.
import type { JobRecord, ProjectRecord, UserRecord } from './records.js';

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
  project: ProjectRecord,
  user: UserRecord | undefined,
  job: JobRecord,
): boolean {
  const level = accessLevel(project, user);
  return level >= 40 || (level >= 30 && user !== undefined && job.userId === user.id);
}

/** Whether a job token from `source` may reach `target` under target's job token allowlist. */
export function jobTokenAdmits(target: ProjectRecord, source: ProjectRecord): boolean {
  return (
    target.id === source.id ||
    !target.jobTokenScopeEnabled ||
    target.jobTokenAllowlist.has(source.id)
  );
}
