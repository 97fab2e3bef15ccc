// GitLab's access levels by role name, and the role names back by level.
import type { RoleName } from '../scenario/scenario-schema.js';

/** GitLab's numeric access level of each project role. */
export const ACCESS_LEVELS: Readonly<Record<RoleName, number>> = {
  guest: 10,
  planner: 15,
  reporter: 20,
  developer: 30,
  maintainer: 40,
  owner: 50,
};

/** Role names at or below an access level, lowest first (what `roles_in_project` lists). */
export function rolesUpTo(level: number): RoleName[] {
  return (Object.entries(ACCESS_LEVELS) as Array<[RoleName, number]>)
    .filter(([, roleLevel]) => roleLevel <= level)
    .map(([role]) => role);
}
