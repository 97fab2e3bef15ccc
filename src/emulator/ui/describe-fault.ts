// Says in a few words what an armed fault does, for the dashboard's list of faults.
import type { Fault } from '../faults/fault-store.js';

/** E.g. `503 (GitLab applies it first)`, `reset`, `delay 5000 ms, then 500`. */
export function describeFault(fault: Fault): string {
  const { spec } = fault;
  const parts: string[] = [];
  if (spec.delayMs !== undefined) parts.push(`delay ${spec.delayMs} ms`);
  if (spec.status !== undefined)
    parts.push(`answer ${spec.status}${spec.apply ? ' (after GitLab applied it)' : ''}`);
  if (spec.kind !== undefined) parts.push(spec.kind);
  return parts.join(', then ');
}
