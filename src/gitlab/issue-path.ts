// Names the field a valibot issue is about, as errors show it: `variables[0].key`, `[3].pipeline.id`.
import type * as v from 'valibot';

/** The issue's path as object keys and array indexes. */
export function issueKeys(issue: v.BaseIssue<unknown>): Array<string | number> {
  return (issue.path ?? []).map((item) =>
    typeof item.key === 'number' ? item.key : String(item.key),
  );
}

/** Keys written as errors show them: dotted names and `[index]`es; empty for the value itself. */
export function formatPath(keys: ReadonlyArray<string | number>): string {
  let path = '';
  for (const key of keys) path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${key}`;
  return path;
}

/** The issue's path as dotted keys and `[index]`es; empty for the value itself. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  return formatPath(issueKeys(issue));
}

/**
 * The issue that names a union's problem best: the first member issue that goes deeper than the
 * union (a field inside it), followed down; otherwise the union's own issue (`fallback: 'union'`,
 * when its message was written for people) or its last member's (`'last-member'`).
 */
export function deepestIssue(
  issue: v.BaseIssue<unknown>,
  fallback: 'union' | 'last-member' = 'union',
): v.BaseIssue<unknown> {
  if (issue.type !== 'union' || !issue.issues?.length) return issue;
  const depth = issue.path?.length ?? 0;
  const deeper = issue.issues.find((inner) => (inner.path?.length ?? 0) > depth);
  if (deeper) return deepestIssue(deeper, fallback);
  const last = issue.issues[issue.issues.length - 1];
  return fallback === 'last-member' && last ? deepestIssue(last, fallback) : issue;
}
