// The shape of one Jobs API endpoint: its route, its job-token policy, and its handler.
import type { Context } from 'hono';
import type { Identity } from '../auth/identity.js';
import type { ParamDeclaration } from '../http/declared-params.js';
import type { RequestParams } from '../http/read-request-params.js';
import type { PresentContext } from '../present/present-context.js';
import type { EmulatorState } from '../state/emulator-state.js';

/** Everything an endpoint handler gets: the request, the caller, its parameters, the state. */
export interface ApiContext {
  c: Context;
  state: EmulatorState;
  identity: Identity;
  /** Grape's params: path, query and body, the declared ones coerced and defaulted. */
  params: RequestParams;
  /** The answer's time and origin, for presenting records. */
  present: PresentContext;
  now: number;
}

/**
 * Where GitLab accepts a job token: `always` (GET /job…), `lists` (the two job lists, on servers
 * with the read-jobs permission; see the scenario's `server.jobTokenListAccess`), or `never`.
 */
export type JobTokenPolicy = 'always' | 'lists' | 'never';

/** One endpoint of the emulated Jobs API. */
export interface ApiRoute {
  method: 'GET' | 'POST';
  /** Hono path below `/api/v4`, e.g. `/projects/:id/jobs/:job_id/play`. */
  path: string;
  jobTokens: JobTokenPolicy;
  /** The route's `params do … end`, checked after authentication and before the handler. */
  params: readonly ParamDeclaration[];
  /**
   * `all` (`authenticate!`, the default: no credential is a 401), `non-get`
   * (`authenticate_non_get!`: an anonymous GET is served as a visitor would see it), or `none`
   * (the endpoint authenticates by a parameter of its own, as the pipeline trigger does with
   * `token`: every caller is served as a visitor and the handler checks the token).
   */
  authenticate?: 'all' | 'non-get' | 'none';
  handle(context: ApiContext): Response | Promise<Response>;
}
