// What a fault injection looks like: which route, how many times, and what goes wrong.
import * as v from 'valibot';
import { parseRoutePattern } from '../http/route-pattern.js';

/** The ways a connection can fail, beyond a plain (or slow) HTTP answer. */
export const FAULT_KINDS = [
  'reset',
  'reset-after-send',
  'truncate',
  'refuse',
  'bad-gateway',
] as const;

/** A kind of connection failure (see {@link FaultSpecSchema}). */
export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * A fault for the next `times` requests matching `route` (`METHOD /path`, `:param` and `*`
 * wildcards; any request when absent):
 * - `status` (+ `body`, `headers`): answer that instead of GitLab; with `apply: true`, GitLab
 *   handles the request first and its answer is lost (a proxy timing out after the fact).
 * - `delayMs`: wait that long on the emulator clock first (virtual time: until advanced).
 * - `kind`: `refuse` (connection refused, nothing sent), `reset` (connection dropped before
 *   GitLab sees the request), `reset-after-send` (GitLab applies it, then the connection drops),
 *   `truncate` (GitLab applies it; the body is cut short of its Content-Length), `bad-gateway`
 *   (a load balancer's 502 HTML page, not applied).
 */
export const FaultSpecSchema = v.pipe(
  v.strictObject({
    route: v.optional(
      v.pipe(
        v.string(),
        v.check(
          (text) => parseRoutePattern(text) !== undefined,
          'must look like "POST /projects/:id/jobs/:job_id/play"',
        ),
      ),
    ),
    times: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    status: v.optional(v.pipe(v.number(), v.integer(), v.minValue(200), v.maxValue(599))),
    body: v.optional(v.unknown()),
    headers: v.optional(v.record(v.string(), v.string())),
    delayMs: v.optional(v.pipe(v.number(), v.minValue(0))),
    kind: v.optional(v.picklist(FAULT_KINDS)),
    apply: v.optional(v.boolean()),
  }),
  v.check(
    (spec) => spec.status !== undefined || spec.delayMs !== undefined || spec.kind !== undefined,
    'a fault needs a status, a delayMs or a kind',
  ),
  v.check(
    (spec) => !(spec.status !== undefined && spec.kind !== undefined),
    'give either a status or a kind, not both',
  ),
);

/** A fault as a caller writes it. */
export type FaultSpec = v.InferInput<typeof FaultSpecSchema>;
