// What the routes ask GitLab through: service-token reads shared across callers, within the service token's budget.
import type { FetchFunction, GitLabClient } from '../../src/gitlab/client.js';
import { sendRequest } from '../../src/gitlab/request.js';
import { BudgetHeldError } from './budget-held-error.js';
import type { SharedReads } from './shared-reads.js';
import type { UpstreamAnswer } from './upstream-answer.js';
import type { UpstreamBudget } from './upstream-budget.js';

/** One GET with the service token, below `<instance>/api/v4/`. */
export interface UpstreamRead {
  /** The core function it stands for, e.g. `getJob` (named in errors). */
  operation: string;
  /** The documented route, e.g. `GET /projects/:id/jobs/:job_id`. */
  route: string;
  /** Already encoded, e.g. `projects/group%2Fapp/jobs/9`. */
  path: string;
  query?: URLSearchParams | undefined;
  /** Share a body of unknown length (a JSON page, bounded by `per_page`); default false. */
  shareUnknownLength?: boolean;
}

/** The relay's way to GitLab for one request. */
export interface RelayUpstream {
  /** The service client (the core's transport: timeouts, retries, no redirect followed). */
  client: GitLabClient;
  /** The fetch for requests made with the caller's own token (not counted in the service budget). */
  callerFetch: FetchFunction;
  /** GitLab's answer to `read`: shared with concurrent and recent reads of the same URL. */
  read(read: UpstreamRead): Promise<UpstreamAnswer>;
  /** Throws `BudgetHeldError` while the service token's budget is held. */
  checkBudget(): void;
  /** Drops the reads kept for sharing: called once an action may have changed what they show. */
  forgetSharedReads(): void;
}

/** What a request's RelayUpstream is built from. */
export interface RelayUpstreamParts {
  client: GitLabClient;
  callerFetch: FetchFunction;
  shared: SharedReads;
  budget: UpstreamBudget;
  /** How long finished answers are reused (0: not shared). */
  shareMs: number;
  keepAlive?: ((promise: Promise<unknown>) => void) | undefined;
}

/** Builds the RelayUpstream of one request. */
export function relayUpstream(parts: RelayUpstreamParts): RelayUpstream {
  const { client, shared, budget } = parts;
  const checkBudget = () => {
    const wait = budget.retryAfterSeconds();
    if (wait !== undefined) throw new BudgetHeldError(wait);
  };
  return {
    client,
    callerFetch: parts.callerFetch,
    checkBudget,
    forgetSharedReads: () => shared.forgetAll(),
    read(read) {
      const url = new URL(read.path, client.apiUrl);
      if (read.query) url.search = read.query.toString();
      // A read another caller already paid for costs the budget nothing.
      if (parts.shareMs <= 0 || !shared.has(url.href)) checkBudget();
      return shared.read(url.href, {
        ttlMs: parts.shareMs,
        shareUnknownLength: read.shareUnknownLength,
        keepAlive: parts.keepAlive,
        open: async () => {
          const { response } = await sendRequest(client, {
            operation: read.operation,
            route: read.route,
            method: 'GET',
            path: read.path,
            query: read.query,
            expect: 'stream',
            // Relayed as it came (workerd pipes a body it did not wrap natively): the caller's
            // client times out an idle body itself, and a shared read stops being handed out
            // once it has streamed for too long (SharedReads' maxStreamingMs).
            watchIdleBody: false,
          });
          return response;
        },
      });
    },
  };
}

/** Wraps the service client's fetch so every answer's RateLimit-* headers reach `budget`. */
export function budgetObservingFetch(fetch: FetchFunction, budget: UpstreamBudget): FetchFunction {
  return async (input, init) => {
    const response = await fetch(input, init);
    budget.observe(response.status, response.headers);
    return response;
  };
}
