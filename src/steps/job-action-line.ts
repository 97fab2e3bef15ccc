// Says in one line what an action did to a job: `Cancelled job 123 (deploy) in group/app: running → canceling`.
import { printableText } from './printable-text.js';

/** The parts of a job the line names. */
export interface JobFacts {
  id: number;
  name: string;
  status: string;
}

/**
 * `<Verb> job <id> (<name>) in <project>: <before> → <after>`; `: now <after>` when the status
 * before is unknown, and `<what>` in place of the statuses when given (a retry names its new job).
 */
export function jobActionLine(
  verb: string,
  project: string | number,
  job: JobFacts,
  change: { before?: string | undefined; after?: string; what?: string },
): string {
  const head = `${verb} job ${job.id} (${printableText(job.name)}) in ${project}`;
  if (change.what) return `${head}: ${change.what}`;
  const after = change.after ?? job.status;
  return change.before ? `${head}: ${change.before} → ${after}` : `${head}: now ${after}`;
}
