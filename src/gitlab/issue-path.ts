// Names the field a valibot issue is about, as errors show it: `variables[0].key`, `[3].pipeline.id`.
import type * as v from 'valibot';

/** The issue's path as dotted keys and `[index]`es; empty for the value itself. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    path +=
      typeof item.key === 'number' ? `[${item.key}]` : `${path ? '.' : ''}${String(item.key)}`;
  }
  return path;
}
