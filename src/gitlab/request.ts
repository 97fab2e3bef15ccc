// Sends one API request with timeouts, method-aware retries and typed errors; never resends a POST blindly.
import type { GitLabClient } from './client.js';
import { GitLabHttpError } from './errors/gitlab-http-error.js';
import { JobRelayError } from './errors/jobrelay-error.js';
import { NetworkError } from './errors/network-error.js';
import { OutcomeUnknownError } from './errors/outcome-unknown-error.js';
import { ResponseValidationError } from './errors/response-validation-error.js';
import { TimeoutError } from './errors/timeout-error.js';
import { httpErrorFrom, networkErrorFrom } from './failed-request-errors.js';
import { redactSecrets } from './redact.js';
import { backoffDelay } from './retry-policy.js';
import { sleep } from './sleep.js';
import { watchBody } from './watch-body.js';

/** One request to the API, described as data. */
export interface RequestSpec {
  /** The core function making it, e.g. `playJob` (named in errors). */
  operation: string;
  /** The documented route, e.g. `POST /projects/:id/jobs/:job_id/play`. */
  route: string;
  method: 'GET' | 'POST';
  /** Path below `<instance>/api/v4/`, already encoded, e.g. `projects/group%2Fapp/jobs/9`. */
  path: string;
  query?: URLSearchParams;
  /** A JSON body. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Values to redact from this call's errors besides the token (a play's variable values); the client keeps none of them. */
  secrets?: readonly string[] | undefined;
  /** `json` reads and parses the body; `stream` hands the body over unread. */
  expect: 'json' | 'stream';
  /**
   * For `stream`: fail a body that stops coming for the client's timeout (default true). A proxy
   * relaying the body to a client with its own idle timeout may turn it off: the watch wraps the
   * body in a stream of JS, which costs a runtime such as workerd its native pass-through.
   */
  watchIdleBody?: boolean;
  /** The job a POST acts on (named when its outcome is unknown). */
  jobId?: number;
  signal?: AbortSignal | undefined;
  /** Epoch ms after which no attempt starts and no wait extends. */
  deadline?: number | undefined;
}

/** A successful answer: status, headers, and the parsed body or the unread response. */
export interface ApiResponse {
  status: number;
  headers: Headers;
  /** The parsed JSON body (`expect: 'json'`). */
  data: unknown;
  /** The raw response, body unread for `expect: 'stream'`. */
  response: Response;
}

const MAX_REDIRECTS = 3;
const MAX_ERROR_BODY = 64 * 1024;
// After these answers to a POST, GitLab may or may not have acted: a gateway or proxy timed out
// (408, 504), or GitLab failed midway (500, 502, 503). The job is read back, never resent.
const UNCERTAIN_POST_STATUSES = new Set([408, 500, 502, 503, 504]);

/** Sends `spec` through `client`, retrying as the method allows; throws a JobRelayError or the caller's abort reason. */
export async function sendRequest(client: GitLabClient, spec: RequestSpec): Promise<ApiResponse> {
  const url = new URL(spec.path, client.apiUrl);
  if (spec.query) url.search = spec.query.toString();
  const shownPath = `${url.pathname}${url.search}`;
  const isPost = spec.method === 'POST';
  for (let attempt = 1; ; attempt++) {
    const retriesLeft = attempt <= client.retry.limit;
    let outcome: AttemptOutcome;
    try {
      outcome = await attemptOnce(client, spec, url, shownPath);
    } catch (error) {
      if (!(error instanceof JobRelayError)) throw error; // the caller aborted
      outcome = classifyThrown(error, isPost);
    }
    if (outcome.kind === 'ok') return outcome.response;
    if (outcome.uncertain) {
      throw new OutcomeUnknownError(
        spec.operation,
        spec.method,
        shownPath,
        spec.jobId ?? 0,
        outcome.error,
      );
    }
    if (!outcome.retryable || !retriesLeft) throw outcome.error;
    const asked = outcome.error instanceof GitLabHttpError ? outcome.error.retryAfterMs : undefined;
    if (asked !== undefined && asked > client.retry.maxRetryAfterMs) throw outcome.error;
    const delay = asked ?? backoffDelay(client.retry, attempt);
    if (spec.deadline !== undefined && Date.now() + delay >= spec.deadline) throw outcome.error;
    await sleep(delay, spec.signal);
  }
}

type AttemptOutcome =
  | { kind: 'ok'; response: ApiResponse }
  | { kind: 'failed'; error: JobRelayError; retryable: boolean; uncertain: boolean };

async function attemptOnce(
  client: GitLabClient,
  spec: RequestSpec,
  url: URL,
  shownPath: string,
): Promise<AttemptOutcome> {
  const isPost = spec.method === 'POST';
  const timeoutMs = attemptTimeout(client, spec, shownPath);
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(spec.signal?.reason);
  spec.signal?.addEventListener('abort', onCallerAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new TimeoutError(spec.method, shownPath, timeoutMs));
  }, timeoutMs);
  let streaming = false;
  const done = () => {
    clearTimeout(timer);
    spec.signal?.removeEventListener('abort', onCallerAbort);
  };
  const fail = (cause: unknown): never => {
    if (spec.signal?.aborted) throw spec.signal.reason;
    if (timedOut) throw new TimeoutError(spec.method, shownPath, timeoutMs);
    throw networkErrorFrom(redactFor(client, spec), spec.method, shownPath, cause);
  };
  try {
    let response: Response;
    try {
      response = await fetchFollowingSameOrigin(client, spec, url, controller.signal);
    } catch (error) {
      if (error instanceof GitLabHttpError) throw error;
      return fail(error);
    }
    if (response.ok) {
      if (spec.expect === 'stream') {
        // The body may take minutes (a big log): the per-attempt timeout covers only the headers,
        // while the caller's signal stays wired to the body until it is read or cancelled; then
        // it is let go (a follower reads on one signal for hours), and a body that stops coming
        // for the attempt timeout fails with a TimeoutError.
        streaming = true;
        if (!response.body) {
          return { kind: 'ok', response: toApiResponse(response, undefined) };
        }
        // Unwatched, the body is the runtime's own; the caller's signal stays wired to it.
        if (spec.watchIdleBody === false) {
          return { kind: 'ok', response: toApiResponse(response, undefined) };
        }
        const body = watchBody(response.body, {
          idleMs: client.timeoutMs,
          idleError: () => new TimeoutError(spec.method, shownPath, client.timeoutMs),
          onSettled: () => spec.signal?.removeEventListener('abort', onCallerAbort),
        });
        const watched = new Response(body, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        });
        return { kind: 'ok', response: toApiResponse(watched, undefined) };
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        return fail(error);
      }
      try {
        return { kind: 'ok', response: toApiResponse(response, JSON.parse(text)) };
      } catch {
        // Cut short in transit, or not JSON at all: a GET may try again, a POST must not.
        const error = new ResponseValidationError(spec.operation, spec.route, [
          { field: '', message: `the body is not valid JSON (${text.length} bytes received)` },
        ]);
        return { kind: 'failed', error, retryable: !isPost, uncertain: isPost };
      }
    }
    const error = await httpError(redactFor(client, spec), spec.method, shownPath, response);
    const retryable = client.retry.statusCodes.includes(response.status);
    if (isPost) {
      // GitLab's rate limiter answers 429 before doing anything, so that POST may be sent again.
      if (response.status === 429)
        return { kind: 'failed', error, retryable: true, uncertain: false };
      return {
        kind: 'failed',
        error,
        retryable: false,
        uncertain: UNCERTAIN_POST_STATUSES.has(response.status),
      };
    }
    return { kind: 'failed', error, retryable, uncertain: false };
  } finally {
    if (streaming) clearTimeout(timer);
    else done();
  }
}

function attemptTimeout(client: GitLabClient, spec: RequestSpec, shownPath: string): number {
  if (spec.signal?.aborted) throw spec.signal.reason;
  if (spec.deadline === undefined) return client.timeoutMs;
  const remaining = spec.deadline - Date.now();
  if (remaining <= 0) throw new TimeoutError(spec.method, shownPath, 0);
  return Math.min(client.timeoutMs, remaining);
}

// Redirects are followed by hand, and only within the same origin (or never, for a client made with
// `redirects: 'none'`): fetch would carry PRIVATE-TOKEN / JOB-TOKEN to any other host a redirect names.
async function fetchFollowingSameOrigin(
  client: GitLabClient,
  spec: RequestSpec,
  url: URL,
  signal: AbortSignal,
): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: spec.expect === 'json' ? 'application/json' : '*/*',
  };
  Object.assign(headers, spec.headers, client.authHeaders());
  let body: string | undefined;
  if (spec.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(spec.body);
  }
  let target = url;
  for (let hop = 0; ; hop++) {
    const response = await client.fetch(target.href, {
      method: spec.method,
      headers,
      body,
      signal,
      redirect: 'manual',
    });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return response;
    const next = new URL(location, target);
    const shown = `${next.origin}${next.pathname}`;
    const never = client.redirects === 'none';
    if (never || next.origin !== url.origin || spec.method !== 'GET' || hop >= MAX_REDIRECTS) {
      await response.body?.cancel();
      const message = never
        ? `redirected to ${shown}; this client follows no redirect`
        : `redirected to ${shown}; not followed so the token is not sent there (set the client url to the final address)`;
      throw new GitLabHttpError({
        status: response.status,
        statusText: response.statusText,
        method: spec.method,
        path: `${target.pathname}${target.search}`,
        gitlabMessage: redactFor(client, spec)(message),
      });
    }
    await response.body?.cancel();
    target = next;
  }
}

function toApiResponse(response: Response, data: unknown): ApiResponse {
  return { status: response.status, headers: response.headers, data, response };
}

// Redacts the client's token and the call's own secrets.
function redactFor(client: GitLabClient, spec: RequestSpec): (text: string) => string {
  const secrets = spec.secrets ?? [];
  return (text) => redactSecrets(client.redact(text), secrets);
}

async function httpError(
  redact: (text: string) => string,
  method: string,
  path: string,
  response: Response,
): Promise<GitLabHttpError> {
  let body = '';
  try {
    body = await readLimited(response, MAX_ERROR_BODY);
  } catch {
    // The error body was lost; the status alone still says what happened.
  }
  return httpErrorFrom(redact, method, path, response, body);
}

async function readLimited(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (text.length < limit) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return text.slice(0, limit);
}

// A timeout or a dropped connection may come after GitLab got the request: only a GET may go again,
// or a POST whose connection provably never opened.
function classifyThrown(error: JobRelayError, isPost: boolean): AttemptOutcome {
  const transient = error instanceof TimeoutError || error instanceof NetworkError;
  if (!transient) return { kind: 'failed', error, retryable: false, uncertain: false };
  if (!isPost) return { kind: 'failed', error, retryable: true, uncertain: false };
  const notSent = error instanceof NetworkError && error.notSent;
  return { kind: 'failed', error, retryable: notSent, uncertain: !notSent };
}
