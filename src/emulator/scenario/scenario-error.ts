// The error for a scenario that does not parse or validate; names each bad field and its line.
import { JobRelayError } from '../../gitlab/errors/jobrelay-error.js';

/** One problem in a scenario: the field, what is wrong, and where in the file when known. */
export interface ScenarioIssue {
  /** Field path such as `pipelines[0].jobs[2].needs[0]` (empty for the whole document). */
  path: string;
  message: string;
  line?: number;
  column?: number;
}

/** A scenario failed to parse or validate; `issues` lists every problem found. */
export class ScenarioError extends JobRelayError {
  readonly code = 'INVALID_SCENARIO';
  readonly issues: ScenarioIssue[];
  /** The file or label the scenario came from, when known. */
  readonly source: string | undefined;

  constructor(issues: ScenarioIssue[], source?: string) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(
      `Invalid scenario${source ? ` ${source}` : ''}: ${first ? formatIssue(first) : 'unknown problem'}${more}`,
    );
    this.issues = issues;
    this.source = source;
  }
}

/** One issue as a line of text: `pipelines[0].jobs[1] (line 12): unknown job "tset"`. */
export function formatIssue(issue: ScenarioIssue): string {
  const where = issue.line === undefined ? '' : ` (line ${issue.line})`;
  return `${issue.path || 'scenario'}${where}: ${issue.message}`;
}
