// Turns a project id or namespaced path into the one path segment GitLab expects, safely.
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { hasControlCharacter } from '../has-control-character.js';

/** A project: its numeric id, or its full path such as `group/subgroup/project`. */
export type ProjectRef = number | string;

// GitLab's path rule: letters, digits, `_`, `-`, `.`; not starting with `-`.
const PATH_SEGMENT = /^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/;

/**
 * Validates `project` and returns it URL-encoded exactly once, ready to follow `projects/`:
 * `42` → `42`, `group/sub/app` → `group%2Fsub%2Fapp`. Rejects anything that could
 * leave the endpoint's path: `.`/`..`, empty segments, backslashes, control characters,
 * percent signs (already-encoded input) and other characters GitLab paths never contain.
 */
export function encodeProjectId(project: unknown): string {
  const problem = projectRefProblem(project);
  if (problem) throw new InvalidInputError('project', JSON.stringify(String(project)), problem);
  const ref = project as ProjectRef;
  if (typeof ref === 'number' || /^\d+$/.test(ref)) return String(Number(ref));
  return encodeURIComponent(ref);
}

/** Why `project` is not a usable project id or path, or undefined when it is. */
export function projectRefProblem(project: unknown): string | undefined {
  if (typeof project === 'number') {
    return Number.isSafeInteger(project) && project > 0
      ? undefined
      : 'a numeric project id must be a positive integer';
  }
  if (typeof project !== 'string') return 'must be a project id or a path like group/project';
  if (/^\d+$/.test(project)) {
    const id = Number(project);
    return Number.isSafeInteger(id) && id > 0
      ? undefined
      : 'a numeric project id must be a positive integer';
  }
  if (project === '') return 'is empty';
  if (hasControlCharacter(project)) return 'contains control characters';
  if (project.includes('\\')) return 'contains a backslash';
  if (project.includes('%')) {
    return 'looks URL-encoded; pass the plain path (group/project), it is encoded for you';
  }
  const segments = project.split('/');
  if (segments.some((segment) => segment === '')) {
    return 'has an empty path segment (leading, trailing or double slash)';
  }
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    return 'path segments "." and ".." are not allowed';
  }
  if (segments.length < 2) return 'a project path needs its namespace (group/project)';
  const bad = segments.find((segment) => !PATH_SEGMENT.test(segment));
  return bad === undefined
    ? undefined
    : `segment ${JSON.stringify(bad)} has characters GitLab paths cannot contain`;
}
