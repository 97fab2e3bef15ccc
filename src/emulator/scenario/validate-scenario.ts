// Validates a parsed scenario against the schema and its cross-references, naming each bad field.
import * as v from 'valibot';
import { issueKeys } from '../../gitlab/issue-path.js';
import { checkScenarioReferences } from './check-scenario-references.js';
import { type FieldPath, formatFieldPath } from './field-path.js';
import { ScenarioError, type ScenarioIssue } from './scenario-error.js';
import { type Scenario, ScenarioSchema } from './scenario-schema.js';

/** Maps a field path to its place in the source text, when the source has lines. */
export type FieldLocator = (path: FieldPath) => { line: number; column: number } | undefined;

/** Returns the scenario typed and checked, or throws a {@link ScenarioError} listing every problem. */
export function validateScenario(data: unknown, locate?: FieldLocator, source?: string): Scenario {
  const parsed = v.safeParse(ScenarioSchema, data);
  const problems: Array<{ path: FieldPath; message: string }> = parsed.success
    ? checkScenarioReferences(parsed.output)
    : parsed.issues.map((issue) => ({ path: issueKeys(issue), message: issueMessage(issue) }));
  if (problems.length === 0 && parsed.success) return parsed.output;
  const issues: ScenarioIssue[] = problems.map(({ path, message }) => ({
    path: formatFieldPath(path),
    message,
    ...locate?.(path),
  }));
  throw new ScenarioError(issues, source);
}

// valibot's default messages quote the received value; ours name what was expected instead.
function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') {
    return 'is not a known field';
  }
  if (issue.received === 'undefined' && issue.kind === 'schema') return 'is required';
  return issue.message;
}
