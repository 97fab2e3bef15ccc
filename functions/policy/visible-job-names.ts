// Which job names a caller may see in a list of a target project, when `jobs` restrictions filter it.
import type { Caller } from '../identity/caller.js';
import { callerMatches, projectMatches, type TargetProject } from './evaluate-policy.js';
import type { Policy } from './policy-schema.js';

/**
 * The union of the `jobs` globs of the rules letting `caller` read lists of `target`; undefined
 * when one of them restricts no name (the list is then shown whole). An empty array: nothing shows.
 */
export function visibleJobNames(
  policy: Policy,
  caller: Caller,
  target: TargetProject,
): string[] | undefined {
  const globs: string[] = [];
  for (const rule of policy.rules) {
    if (!rule.allow.includes('read') || !callerMatches(rule, caller)) continue;
    if (!projectMatches(rule.targets, target)) continue;
    if (!rule.jobs) return undefined;
    globs.push(...rule.jobs);
  }
  return globs;
}
